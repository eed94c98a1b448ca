import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { compileMatcher } from '../../src/core/match/compileMatcher.ts';
import { Highlighter } from '../../src/content/highlighter.ts';

const matcher = compileMatcher(bundledDataset);

/** Words that exercise every path: names, split names, figures, claims, traps. */
const WORDS = [
  'OpenAI',
  'Open AI',
  'Sam',
  'Altman',
  'Sam Altman',
  "Altman's",
  'Altman’s',
  'Sam\u00a0Altman',
  'Sam\nAltman',
  'Greg Brockman',
  'Brockman',
  'quit',
  'Ilya Sutskever',
  'deeply regret',
  'Emmett Shear',
  'shear',
  'interim CEO',
  'Microsoft',
  'joined Microsoft',
  'Kevin Scott',
  'Scott',
  'Taylor',
  'not consistently candid',
  '505',
  'about 500',
  'nearly 500 employees',
  '738 of its 770 employees signed the letter',
  '$13 billion',
  '€424bn',
  '49%',
  'Nov. 17',
  '2023',
  'the',
  'board',
  'said',
  '.',
  ',',
  ' ',
  '  ',
  '<&>',
  '"quoted"',
  'ChatGPT',
  'GPT-4',
  'x',
];
const TAGS = ['p', 'div', 'span', 'a', 'b', 'em', 'h2', 'li', 'pre', 'code', 'blockquote', 'section'];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const textArb = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 })
  .map((w) => escape(w.join(' ')));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, textArb, tie('element')),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      children: fc.array(tie('tree'), { maxLength: 4 }),
      editable: fc.boolean(),
    })
    .map(({ tag, children, editable }) => {
      const attrs = tag === 'a' ? ' href="/x"' : editable && tag === 'div' ? ' contenteditable="true"' : '';
      return `<${tag}${attrs}>${(children as string[]).join('')}</${tag}>`;
    }),
}));
const pageArb = fc.array(tree, { minLength: 1, maxLength: 6 }).map((parts) => (parts as string[]).join(''));

describe('highlighting any page', () => {
  const running: Highlighter[] = [];
  afterAll(async () => {
    await Promise.all(running.map((h) => h.disable()));
  });

  it('never changes the page text, and turning it off restores the exact HTML', async () => {
    let marked = 0;
    await fc.assert(
      fc.asyncProperty(pageArb, async (html) => {
        document.body.innerHTML = html;
        const before = document.body.innerHTML;
        const text = document.body.textContent;
        const h = new Highlighter({ matcher, root: document.body, options: undefined });
        running.push(h);
        await h.enable();
        marked += document.querySelectorAll('mark[data-sm-kind]').length;
        expect(document.body.textContent).toBe(text);
        expect(
          document.querySelectorAll('pre mark, code mark, [contenteditable] mark, mark mark'),
        ).toHaveLength(0);
        await h.disable();
        expect(document.body.innerHTML).toBe(before);
      }),
      { numRuns: 1000 },
    );
    // The generator really produces pages that get highlighted.
    expect(marked).toBeGreaterThan(1000);
  }, 120_000);
});
