import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * "N of M": the whole a counted part is taken from is the staff, even with no staff word near it; and
 * a move over a span (year to date, the past year) is never one day's move. Every line is invented:
 * a Q&A, a wire lede, a markets table, a broker note.
 */
describe('the whole a counted part is taken from is the staff’s total', () => {
  it.each([
    ['By Monday nearly 500 of them — out of roughly 770 — had signed a letter.', 'roughly 770'],
    ["By Monday 505 of the company's employees, out of about 770, had signed the letter.", 'about 770'],
    ['By Monday 505 had signed the letter, out of a workforce of about 770.', 'about 770'],
  ])('%s', (text, words) => {
    expect(figureClaimsAfterLead([text])).toContainEqual(['openai-headcount', words]);
    expect(figureClaimsAfterLead([text]).filter(([, w]) => w === words)).toHaveLength(1);
  });
});

describe('a move over a span is not the day’s move', () => {
  it.each([
    'MSFT YTD: +57%',
    'Microsoft shares are up 57% over the past year.',
    'Microsoft stock has gained 57% so far this year.',
  ])('%s', (text) => {
    expect(
      figureClaimsAfterLead([text], '2023-11-24').filter(([id]) => id === 'microsoft-share-move'),
    ).toEqual([]);
  });

  it('keeps the day’s move on the same page', () => {
    expect(
      figureClaimsAfterLead(
        ['Microsoft shares rose about 1% in premarket trading on Wednesday.'],
        '2023-11-22',
      ),
    ).toEqual([['microsoft-share-move', 'about 1%']]);
  });
});
