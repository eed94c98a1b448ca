import { beforeEach, describe, expect, it } from 'vitest';
import { walkBlocks } from '../../src/content/collectBlocks.ts';
import { MarkedBlock } from '../../src/content/markedBlock.ts';
import { removeStrayMarks } from '../../src/content/markHighlights.ts';
import type { Highlight } from '../../src/core/page/selectHighlights.ts';
import { textNodes } from './helpers/textNodes.ts';

const entity = (text: string, block: string, id: string, from = 0): Highlight => {
  const start = block.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in "${block}"`);
  return { kind: 'entity', start, end: start + text.length, id, alias: text };
};
const statement = (text: string, block: string, id: string): Highlight => {
  const start = block.indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in "${block}"`);
  return {
    kind: 'claim',
    claimKind: 'statement',
    start,
    end: start + text.length,
    id,
    verdict: 'differs',
    phrase: text,
    versions: [],
    overturned: undefined,
  } as unknown as Highlight;
};

function firstBlock(): MarkedBlock {
  const [block] = [...walkBlocks(document.body)];
  return new MarkedBlock(block!);
}

/** What a reader's tools see: each mark with its id and text, and the ids of the marks inside it. */
const markTree = () =>
  [...document.querySelectorAll<HTMLElement>('mark[data-sm-kind]')].map((m) => [
    m.dataset.smId,
    m.textContent,
    [...m.querySelectorAll<HTMLElement>('mark[data-sm-kind]')].map((inner) => inner.dataset.smId),
  ]);

/** Marks, then takes them off, and checks the page is exactly as it was: its HTML and its very text nodes. */
function roundTrip(html: string, highlights: (text: string) => Highlight[][]) {
  document.body.innerHTML = html;
  const before = document.body.innerHTML;
  const nodes = textNodes();
  const data = nodes.map((n) => n.data);
  const marked = firstBlock();
  for (const batch of highlights(marked.block.text)) marked.add(batch);
  const tree = markTree();
  const text = document.body.textContent;
  marked.restore();
  expect(document.body.innerHTML).toBe(before);
  expect(textNodes()).toEqual(nodes);
  nodes.forEach((n, i) => {
    expect(n.isConnected).toBe(true);
    expect(n.data).toBe(data[i]);
  });
  return { tree, text, before };
}

describe('MarkedBlock', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('writes one claim mark around the names it mentions, the names nested inside', () => {
    const { tree } = roundTrip('<p>The board removed Greg Brockman from the board on Friday.</p>', (t) => [
      [entity('Greg Brockman', t, 'greg-brockman')],
      [statement('removed Greg Brockman from the board', t, 'brockman-exit')],
    ]);
    expect(tree).toEqual([
      ['brockman-exit', 'removed Greg Brockman from the board', ['greg-brockman']],
      ['greg-brockman', 'Greg Brockman', []],
    ]);
  });

  it('writes the claim first and the names inside it, in one batch', () => {
    const { tree } = roundTrip('<p>Sam Altman was hired by Microsoft.</p>', (t) => [
      [
        entity('Sam Altman', t, 'sam-altman'),
        statement('Sam Altman was hired by Microsoft', t, 'altman-joins-microsoft'),
        entity('Microsoft', t, 'microsoft'),
      ],
    ]);
    expect(tree).toEqual([
      ['altman-joins-microsoft', 'Sam Altman was hired by Microsoft', ['sam-altman', 'microsoft']],
      ['sam-altman', 'Sam Altman', []],
      ['microsoft', 'Microsoft', []],
    ]);
  });

  it('lifts the claim mark over a whole link, which keeps working', () => {
    document.body.innerHTML = '<p>They removed <a href="/greg">Greg Brockman</a> from the board.</p>';
    const marked = firstBlock();
    const t = marked.block.text;
    marked.add([entity('Greg Brockman', t, 'greg-brockman')]);
    marked.add([statement('removed Greg Brockman from the board', t, 'brockman-exit')]);
    const claim = document.querySelector<HTMLElement>('mark[data-sm-id="brockman-exit"]')!;
    expect(document.querySelectorAll('mark[data-sm-id="brockman-exit"]')).toHaveLength(1);
    expect(claim.querySelector('a[href="/greg"] mark[data-sm-id="greg-brockman"]')).not.toBeNull();
    expect(claim.parentElement!.tagName).toBe('P');
  });

  it('splits a claim into one mark per stretch where it starts inside an element and ends outside it', () => {
    const { tree } = roundTrip('<p>The <em>board removed Greg</em> Brockman on Friday.</p>', (t) => [
      [statement('removed Greg Brockman', t, 'brockman-exit')],
    ]);
    expect(tree).toEqual([
      ['brockman-exit', 'removed Greg', []],
      ['brockman-exit', ' Brockman', []],
    ]);
    // The <em> is never split or moved out of its place.
  });

  it('keeps statements, names and figures apart in the text they cover', () => {
    const { text } = roundTrip(
      '<p>Altman’s return as CEO was confirmed by <b>OpenAI</b> late on Tuesday.</p>',
      (t) => [
        [entity('Altman', t, 'sam-altman'), entity('OpenAI', t, 'openai')],
        [statement('Altman’s return as CEO was confirmed by OpenAI', t, 'altman-returns-as-ceo')],
      ],
    );
    expect(text).toBe('Altman’s return as CEO was confirmed by OpenAI late on Tuesday.');
  });

  it('leaves out a highlight that would cross one already written', () => {
    document.body.innerHTML = '<p>Greg Brockman quit the board.</p>';
    const marked = firstBlock();
    const t = marked.block.text;
    marked.add([entity('Greg Brockman', t, 'greg-brockman')]);
    marked.add([statement('Brockman quit the board', t, 'brockman-exit')]);
    expect(markTree()).toEqual([['greg-brockman', 'Greg Brockman', []]]);
  });

  it('does not write the same highlight twice', () => {
    document.body.innerHTML = '<p>Greg Brockman quit.</p>';
    const marked = firstBlock();
    const h = entity('Greg Brockman', marked.block.text, 'greg-brockman');
    marked.add([h]);
    marked.add([{ ...h }]);
    expect(document.querySelectorAll('mark')).toHaveLength(1);
  });

  it('gives back what a newer instance already took off without touching its text', () => {
    document.body.innerHTML = '<p>Greg Brockman quit.</p>';
    const marked = firstBlock();
    marked.add([entity('Greg Brockman', marked.block.text, 'greg-brockman')]);
    removeStrayMarks(document);
    const after = document.body.innerHTML;
    marked.restore();
    expect(document.body.innerHTML).toBe(after);
  });
});

describe('removeStrayMarks', () => {
  it('takes off marks nobody owns, nested ones too, and joins their text back', () => {
    document.body.innerHTML =
      '<p>The board removed Greg Brockman from the board, said <a href="#">Sam Altman</a>.</p>';
    const before = document.body.innerHTML;
    const marked = firstBlock();
    const t = marked.block.text;
    marked.add([entity('Greg Brockman', t, 'greg-brockman'), entity('Sam Altman', t, 'sam-altman')]);
    marked.add([statement('removed Greg Brockman from the board', t, 'brockman-exit')]);
    // A dead instance cannot take its marks off; a new one finds them.
    expect(removeStrayMarks(document)).toBe(3);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('p')!.childNodes).toHaveLength(3);
  });

  it('leaves the marks of the living instance', () => {
    document.body.innerHTML = '<p>Greg Brockman quit.</p>';
    const marked = firstBlock();
    marked.add([entity('Greg Brockman', marked.block.text, 'greg-brockman')]);
    const own = new Set(marked.marks);
    expect(removeStrayMarks(document, (m) => own.has(m as HTMLElement))).toBe(0);
    expect(document.querySelectorAll('mark')).toHaveLength(1);
  });
});
