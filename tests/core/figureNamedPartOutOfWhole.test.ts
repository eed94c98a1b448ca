import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * A count that names its people ("500 OpenAI workers", "700 researchers"), then the whole it is taken
 * from after a comma, dash or bracket ("out of about 770", "of some 770"): the whole is the staff. Every
 * sentence is invented.
 */

const headcounts = (text: string) =>
  figureClaimsAfterLead([text]).filter(([id]) => id === 'openai-headcount');

describe('the whole after a named count', () => {
  it.each<[string, string]>([
    ['More than 500 OpenAI workers, out of about 770, had put their names to the letter.', 'about 770'],
    ['Some 700 researchers (of about 770) signed the letter.', 'about 770'],
    ['Roughly 650 employees — out of some 770 — threatened to quit.', 'some 770'],
    ['Nearly 500 staffers, of roughly 770, signed by Monday.', 'roughly 770'],
    ['Over 700 workers, out of 770 in all, backed the letter.', '770'],
  ])('%j', (text, wording) => {
    expect(headcounts(text)).toContainEqual(['openai-headcount', wording]);
  });

  it.each([
    // A whole its own clause narrows, another company's, or one at somewhere else: not OpenAI's staff.
    'More than 500 workers, out of 700 who saw the letter, signed it.',
    'More than 500 Microsoft workers, out of about 220,000, signed a petition.',
    'About 50 engineers, out of 60 at the startup, left.',
  ])('marks no headcount in %j', (text) => {
    expect(headcounts(text)).toEqual([]);
  });
});
