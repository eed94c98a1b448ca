import { beforeEach, describe, expect, it } from 'vitest';
import { collectTextNodes } from '../../src/content/collectTextNodes.ts';

describe('collectTextNodes', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads visible prose in document order', () => {
    document.body.innerHTML = '<h1>Title</h1><p>One <a href="#">two</a> three</p>';
    expect(collectTextNodes(document.body).map((t) => t.data)).toEqual(['Title', 'One ', 'two', ' three']);
  });

  it('skips code, form fields, editors, scripts and its own UI', () => {
    document.body.innerHTML = `
      <p>kept</p>
      <script>var skipped = 1</script><style>.x{}</style>
      <textarea>skipped</textarea><select><option>skipped</option></select>
      <pre>skipped</pre><p><code>skipped</code></p>
      <div contenteditable="true"><p>skipped</p></div>
      <div contenteditable=""><p>skipped</p></div>
      <div contenteditable="false"><p>kept too</p></div>
      <div data-sourcemark-ui><p>skipped</p></div>`;
    expect(collectTextNodes(document.body).map((t) => t.data)).toEqual(['kept', 'kept too']);
  });

  it('ignores whitespace-only nodes', () => {
    document.body.innerHTML = '<div>\n  <p>a</p>\n</div>';
    expect(collectTextNodes(document.body)).toHaveLength(1);
  });
});
