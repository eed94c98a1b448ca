import { describe, expect, it } from 'vitest';
import { detectStatements } from '../../src/core/claims/detectStatements.ts';
import { findNames } from '../../src/core/match/findNames.ts';
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
    expect(both.whole).toContainEqual(['sutskever-regret', 'regret']);
  });

  it('knows who "he" is from a name far before the window', () => {
    const text = `Ilya Sutskever spoke first.${FILLER} On Monday he said he regretted his part.`;
    const both = readBoth(text);
    expect(both.windows).toEqual(both.whole);
    expect(both.whole.map(([id]) => id)).toContain('sutskever-regret');
  });
});
