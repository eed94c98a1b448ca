import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { compileMatcher, type Matcher } from '../../src/core/match/compileMatcher.ts';
import { Highlighter } from '../../src/content/highlighter.ts';

/*
 * The page's protagonist is carried block to block in phase 1's lead (pageProtagonist.ts) and read in
 * phase 2 (pageReference.ts): through the content script, a "he" several blocks from any name is marked
 * where the act fits the page's subject only. An invented podcast page.
 */

let matcher: Matcher;
beforeAll(() => {
  matcher = compileMatcher(bundledDataset);
});

let running: Highlighter | undefined;
afterEach(async () => {
  await running?.disable();
  running = undefined;
});

async function statementMarks(html: string): Promise<string[]> {
  document.body.innerHTML = html;
  running = new Highlighter({ matcher, root: document.body, settleMs: 10 });
  await running.enable();
  await running.flush();
  return [...document.querySelectorAll<HTMLElement>('mark[data-sm-kind="claim"]')]
    .filter((m) => m.dataset.smId === 'altman-returns-as-ceo' || m.dataset.smId === 'sutskever-regret')
    .map((m) => `${m.dataset.smId}: ${m.textContent}`);
}

const OPENING = `
  <h1>The weekend Sam Altman lost OpenAI</h1>
  <p>Sam Altman had spent Thursday at a summit in San Francisco.</p>
  <p>It was Ilya Sutskever who read out the decision on the call.</p>`;

describe('a pronoun several blocks from any name, through the content script', () => {
  it('marks the act of the page’s subject', async () => {
    const marks = await statementMarks(
      `${OPENING}<p>HOST: Which brings us to Tuesday.</p><p>He gets the CEO job back.</p>`,
    );
    expect(marks).toContain('altman-returns-as-ceo: gets the CEO job back');
  });

  it('marks the act of the last one named where it is theirs', async () => {
    const marks = await statementMarks(
      `${OPENING}<p>Q: And then?</p><p>A: He said he deeply regretted his part in the board’s move.</p>`,
    );
    expect(marks.some((m) => m.startsWith('sutskever-regret'))).toBe(true);
  });

  it('marks nothing past someone the dataset does not know', async () => {
    const marks = await statementMarks(
      `${OPENING}<p>Apple's chief executive Tim Cook spoke on Monday.</p><p>He gets the CEO job back.</p>`,
    );
    expect(marks).toEqual([]);
  });
});
