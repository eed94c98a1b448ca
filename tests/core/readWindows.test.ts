import { describe, expect, it } from 'vitest';
import { detectStatements } from '../../src/core/claims/detectStatements.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { scanBlock, scanStatements, scanStatementsInSteps } from '../../src/core/page/scanBlock.ts';
import { matcher } from './helpers/annotate.ts';

/** Prose with no cue and no name, long enough to put the story's sentences far apart in one block. */
const FILLER = ' The weather was mild for the season, with fog lifting by late morning over the bay.'.repeat(
  60,
);

/** The statements of one block, read whole and in windows around its cues. */
function readBoth(text: string) {
  const names = findNames(matcher, text);
  const run = (windowFrom: number) =>
    detectStatements(matcher, text, names, undefined, undefined, windowFrom).map((h) => [
      h.claimId,
      h.phrase,
    ]);
  return { whole: run(Infinity), windows: run(0) };
}

describe('a long block read in windows', () => {
  it('sees the people named a few sentences before a cue ("the pair")', () => {
    const both = readBoth(
      `Sam Altman and Greg Brockman met Satya Nadella on Sunday.${FILLER} Sam Altman and Greg Brockman met Satya Nadella on Sunday. It was a long day. By Monday Microsoft had hired the pair.`,
    );
    expect(both.windows).toEqual(both.whole);
    expect(both.whole).toContainEqual(['altman-joins-microsoft', 'had hired the pair']);
  });

  it('knows a quotation opened long before the window', () => {
    const text = `Ilya Sutskever wrote on Monday: “${FILLER.slice(1)} I deeply regret my participation in the board's actions.”`;
    const both = readBoth(text);
    expect(both.windows).toEqual(both.whole);
    expect(both.whole).toContainEqual(['sutskever-regret', "regret my participation in the board's actions"]);
  });

  it('knows who "he" is from a name far before the window', () => {
    const text = `Ilya Sutskever spoke first.${FILLER} On Monday he said he regretted his part.`;
    const both = readBoth(text);
    expect(both.windows).toEqual(both.whole);
    expect(both.whole.map(([id]) => id)).toContain('sutskever-regret');
  });

  it('reads a long block in steps of a few thousand characters that add up to the whole', () => {
    const story =
      'Microsoft hired Sam Altman on Sunday. Greg Brockman resigned on Friday. Ilya Sutskever said he regretted his part. ';
    // Cues in every sentence: the windows around them overlap all the way.
    const text = story.repeat(100) + FILLER + ' ' + story.repeat(100);
    const scan = scanBlock(matcher, text);
    const steps = [...scanStatementsInSteps(matcher, scan)];
    expect(steps.length).toBeGreaterThanOrEqual(Math.floor(text.length / 6000));
    expect(steps.flat()).toEqual(scanStatements(matcher, scan));
    const ids = steps.flat().map((h) => h.claimId);
    expect(ids.filter((id) => id === 'altman-joins-microsoft')).toHaveLength(200);
    expect(ids.filter((id) => id === 'brockman-exit')).toHaveLength(200);
    // No step reads much more than a window's worth of the block.
    const longest = Math.max(...steps.map((s) => (s.length ? s.at(-1)!.end - s[0]!.start : 0)));
    expect(longest).toBeLessThan(6000);
  });
});
