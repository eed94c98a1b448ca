import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marked = (text: string) => figureClaimsAfterLead([text], '2023-11-24');

describe('an end of a range that states no fact is no claim (rangeNotClaim.ts)', () => {
  it.each([
    // A span of sizes: a product's reach or a market's span.
    'This episode is supported by Fernway, the password manager for teams of 5 to 5,000.',
    'Boards of 3 to 300 members exist across the sector.',
    'The tool serves staffs of anywhere from two to 2,000 people.',
    'Workplaces with 10-10,000 employees use it.',
    // A numbered place with its unit before the range.
    'The board meeting is covered in roughly minutes 2 to 30.',
    'The staff letter is quoted on pages 4 through 9 of the filing.',
    'Slides 3–12 list the directors who fired him.',
  ])('leaves “%s” unmarked', (text) => {
    expect(marked(text)).toEqual([]);
  });

  it.each<[string, string, string]>([
    // A range of one size, or a change from one size to another, is a claim.
    ['Between 500 and 700 employees signed the letter.', 'staff-letter-signatories', '700'],
    ['Signatures rose from 505 to more than 700.', 'staff-letter-signatories', 'more than 700'],
    ['The board will grow from four to nine members.', 'board-expansion', 'nine'],
    ['The board will grow from three to up to nine members.', 'board-expansion', 'up to nine'],
  ])('marks “%s”', (text, id, wording) => {
    expect(marked(text)).toContainEqual([id, wording]);
  });
});
