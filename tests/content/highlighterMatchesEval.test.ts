import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { walkBlocks } from '../../src/content/collectBlocks.ts';
import { Highlighter } from '../../src/content/highlighter.ts';
import { readPublishedDate } from '../../src/content/readPublishedDate.ts';
import { scanBlock } from '../../src/core/page/scanBlock.ts';
import { annotate, matcher } from '../core/helpers/annotate.ts';

/**
 * The extension must mark what the eval measures: the real Highlighter, run
 * over the eval's gold pages in a DOM, writes exactly the marks `annotate()`
 * (the path tests/eval/runEval.ts scores) finds in the same blocks: each
 * block read with the page's date, the block before it and the block after
 * it, in both phases, also when part of the page arrives later.
 */

const EVAL_DIR = resolve(import.meta.dirname, '../fixtures/eval');
const PAGES = readdirSync(EVAL_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

/** The page in the document, its gold spans unwrapped as the eval reads it (readGoldPage). */
function loadPage(file: string): void {
  const parsed = new DOMParser().parseFromString(readFileSync(resolve(EVAL_DIR, file), 'utf8'), 'text/html');
  for (const el of parsed.querySelectorAll('[data-gold]')) el.replaceWith(...el.childNodes);
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
}

/** What the eval finds on the page as it is now: kind, id and text of each highlight, in document order. */
function expectedMarks(): string[] {
  const blocks = [...walkBlocks(document.body)].map((b) => b.text);
  const published = readPublishedDate(document);
  return annotate(blocks, matcher, published ? { published } : {}).blocks.flatMap((highlights) =>
    [...highlights]
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((h) => `${h.kind} ${h.id} ${h.text}`),
  );
}

/** What the page shows: each highlight's marks read from the DOM (one highlight may be several marks), in document order. */
function writtenMarks(h: Highlighter): string[] {
  const groups = new Map<object, { kind: string; id: string; text: string }>();
  for (const mark of document.querySelectorAll<HTMLElement>('mark[data-sm-kind]')) {
    const highlight = h.highlightFor(mark);
    expect(highlight).toBeDefined();
    const group = groups.get(highlight!);
    if (group) group.text += mark.textContent;
    else
      groups.set(highlight!, {
        kind: mark.dataset.smKind!,
        id: mark.dataset.smId!,
        text: mark.textContent ?? '',
      });
  }
  return [...groups.values()].map((g) => `${g.kind} ${g.id} ${g.text}`);
}

const running: Highlighter[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.disable()));
});

async function highlightPage(): Promise<Highlighter> {
  const h = new Highlighter({ matcher, root: document.body, settleMs: 10 });
  running.push(h);
  await h.enable();
  await h.flush();
  return h;
}

/** The full names a set of blocks gives: content that adds none is read on its own, not with the whole page again. */
const fullNames = (blocks: string[]) =>
  [
    ...new Set(
      blocks.flatMap((b) =>
        scanBlock(matcher, b)
          .names.filter((n) => n.tier === 'full')
          .map((n) => n.entityId),
      ),
    ),
  ]
    .sort()
    .join();

/**
 * Paragraphs and rows with something to mark whose absence changes no full
 * name on the page, so bringing them back is read as new content (with its
 * neighbours), not by a full pass; several of them, two of them adjacent.
 */
function laterContent(): Element[] {
  const all = fullNames([...walkBlocks(document.body)].map((b) => b.text));
  const candidates = [...document.body.querySelectorAll('p, li, tr, dd, blockquote, h2, h3')].filter((el) => {
    const texts = [...walkBlocks(el)].map((b) => b.text);
    const rest = [...walkBlocks(document.body)].filter((b) => !b.nodes.some((n) => el.contains(n)));
    return (
      texts.some((t) => {
        const scan = scanBlock(matcher, t);
        return scan.names.length > 0 || scan.figures.length > 0;
      }) && fullNames(rest.map((b) => b.text)) === all
    );
  });
  const chosen = candidates.filter((el, i) => i % 3 === 0 || i === 1).slice(0, 5);
  return chosen.filter((el) => !chosen.some((o) => o !== el && o.contains(el)));
}

describe('the extension marks each eval page as the eval reads it', () => {
  it.each(PAGES)('%s', async (file) => {
    loadPage(file);
    const expected = expectedMarks();
    const h = await highlightPage();
    expect(writtenMarks(h)).toEqual(expected);
  });

  it.each(PAGES)('%s, with part of it arriving later', async (file) => {
    loadPage(file);
    const expected = expectedMarks();
    const later = laterContent();
    const places = later.map((el) => {
      const place = document.createComment('later');
      el.replaceWith(place);
      return place;
    });
    const h = await highlightPage();
    places.forEach((place, i) => place.replaceWith(later[i]!));
    await new Promise((r) => setTimeout(r, 30));
    await h.flush();
    expect(writtenMarks(h)).toEqual(expected);
  });
});

describe('content that arrives later is read with what it leaves for the blocks after it', () => {
  /** Two blocks after the slot, "the pair" is whoever the last block naming two people named. */
  const PAIR_PAGE = [
    "<p>OpenAI's board removed Sam Altman, and Greg Brockman quit.</p>",
    '<p>Ilya Sutskever and Helen Toner had voted with the board on Friday.</p>',
    '<p id="slot"></p>',
    `<p>${'Nothing in this paragraph names anyone: it describes the offices, the weather and the long night of meetings that followed. '.repeat(2)}</p>`,
    '<p id="pair">The pair\'s return to OpenAI was welcomed by staff.</p>',
  ].join('');
  const pairReturns = "claim altman-returns-as-ceo pair's return";
  /** Names no one the page had not named in full: read as new content, not by a full pass. */
  const fillSlot = () =>
    (document.getElementById('slot')!.textContent = 'Sam Altman and Greg Brockman spoke to OpenAI staff.');

  it('gives "the pair" further down the two people it names', async () => {
    document.body.innerHTML = PAIR_PAGE;
    const h = await highlightPage();
    const without = writtenMarks(h);
    fillSlot();
    const expected = expectedMarks();
    await new Promise((r) => setTimeout(r, 30));
    await h.flush();
    // Two blocks on, "the pair" is now Altman and Brockman, no longer Sutskever and Toner.
    expect(without).not.toContain(pairReturns);
    expect(expected).toContain(pairReturns);
    expect(writtenMarks(h)).toEqual(expected);
    // Read as new content: the page's four blocks, then the new one, the block before it and the two after it.
    expect(h.blockCount).toBe(4 + 4);
  });
});
