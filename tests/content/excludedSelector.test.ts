import { describe, expect, it } from 'vitest';
import { EXCLUDED_SELECTOR, isExcluded } from '../../src/content/excludedSelector.ts';

describe('isExcluded', () => {
  it('agrees with the selector on every kind of element', () => {
    document.body.innerHTML = `<p>a</p><pre>b</pre><code>c</code><textarea></textarea><input><select><option>d</option></select>
      <script></script><style></style><noscript></noscript><template></template><kbd>e</kbd><samp>f</samp><iframe></iframe>
      <div contenteditable="true">g</div><div contenteditable="">h</div><div contenteditable="plaintext-only">i</div>
      <div contenteditable="false">j</div><div data-sourcemark-ui>k</div><span>l</span><a href="#">m</a><svg></svg><math></math>`;
    const all = [...document.body.querySelectorAll('*')];
    expect(all.length).toBeGreaterThan(20);
    for (const el of all) expect(isExcluded(el), el.outerHTML).toBe(el.matches(EXCLUDED_SELECTOR));
  });
});
