import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * A page's counters and a market's year-to-date moves are not the story's figures: "1,204 Comments",
 * "👍 812" under a video, "MSFT YTD: +57%" in a power ranking. Every line is invented.
 */
describe('an interface’s counters count nothing a topic counts', () => {
  it.each([
    ['a title-case counter', ['Staff letter explained', '1,204 Comments']],
    ['a reaction count', ['More than 700 employees signed the letter.', '👍 812']],
    ['a reply count', ['The letter, explained', '💬 97 · 🔁 12']],
    ['counters in a row', ['Video: the letter', '3 Replies', '812 Likes']],
  ])('%s', (_, blocks) => {
    expect(figureClaimsAfterLead(blocks).filter(([, words]) => !/700/.test(words))).toEqual([]);
  });

  it('keeps a count after a bullet pictograph that names what it counts', () => {
    expect(figureClaimsAfterLead(['📌 745 employees signed the letter.'])).toEqual([
      ['staff-letter-signatories', '745'],
    ]);
  });
});

describe('a move over the year so far is not a day’s move', () => {
  it.each(['MSFT YTD: +57%', 'Microsoft shares are up 57% year to date.', 'Microsoft (year-to-date): +57%'])(
    '%s',
    (text) => {
      expect(
        figureClaimsAfterLead([text], '2026-06-30').filter(([id]) => id === 'microsoft-share-move'),
      ).toEqual([]);
    },
  );

  it('keeps the day’s move', () => {
    expect(
      figureClaimsAfterLead(
        ['Microsoft shares rose about 1% in premarket trading on Wednesday.'],
        '2023-11-22',
      ),
    ).toEqual([['microsoft-share-move', 'about 1%']]);
  });
});
