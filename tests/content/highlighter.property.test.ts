import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { compileMatcher } from '../../src/core/match/compileMatcher.ts';
import { Highlighter } from '../../src/content/highlighter.ts';
import { textNodes } from './helpers/textNodes.ts';

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
/** Where to split each text node (none, or at that offset): the HTML stays the same, the nodes do not. */
const splitsArb = fc.array(fc.nat({ max: 24 }), { maxLength: 12 });
const pageArb = fc.array(tree, { minLength: 1, maxLength: 6 }).map((parts) => (parts as string[]).join(''));

describe('highlighting any page', () => {
  const running: Highlighter[] = [];
  afterAll(async () => {
    await Promise.all(running.map((h) => h.disable()));
  });

  it('never changes the page text, and turning it off restores the exact HTML and the page’s own text nodes', async () => {
    let marked = 0;
    await fc.assert(
      fc.asyncProperty(pageArb, splitsArb, async (html, splits) => {
        document.body.innerHTML = html;
        // Adjacent text nodes in one element, as frameworks render them.
        textNodes().forEach((node, i) => {
          const at = splits[i];
          if (at && at < node.length) node.splitText(at);
        });
        const before = document.body.innerHTML;
        const text = document.body.textContent;
        const nodes = textNodes();
        const data = nodes.map((n) => n.data);
        const h = new Highlighter({ matcher, root: document.body, options: undefined });
        running.push(h);
        await h.enable();
        marked += document.querySelectorAll('mark[data-sm-kind]').length;
        expect(document.body.textContent).toBe(text);
        expect(document.querySelectorAll('pre mark, code mark, [contenteditable] mark')).toHaveLength(0);
        // A mark inside a mark is a name or a figure inside the claim that mentions it.
        for (const inner of document.querySelectorAll<HTMLElement>('mark mark')) {
          const outer = inner.parentElement!.closest<HTMLElement>('mark')!;
          expect(outer.dataset.smKind).toBe('claim');
          expect(outer.dataset.smId).not.toBe(inner.dataset.smId);
        }
        await h.disable();
        expect(document.body.innerHTML).toBe(before);
        // The same text node objects, connected, with their own text: none merged, replaced or added.
        expect(textNodes()).toEqual(nodes);
        expect(textNodes().every((n, i) => n === nodes[i] && n.data === data[i])).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // The generator really produces pages that get highlighted.
    expect(marked).toBeGreaterThan(1000);
  }, 120_000);
});
