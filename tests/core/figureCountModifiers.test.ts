import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as counts } from './helpers/annotate.ts';

describe('a count, the words that describe its members, then the counted noun', () => {
  it.each<[string, Array<[string, string]>]>([
    ['The four directors removed Sam Altman on Friday.', [['board-size', 'four']]],
    ["OpenAI's four directors sacked Altman by video call.", [['board-size', 'four']]],
    [
      'On 17 November a board of four non-executive directors removed Sam Altman as chief executive.',
      [['board-size', 'four']],
    ],
    ['A board of four outside members was too thin to absorb the shock.', [['board-size', 'four']]],
    ['A board of just six independent trustees fired Altman.', [['board-size', 'six']]],
    ['The four independent directors fired Altman.', [['board-size', 'four']]],
    ['Four OpenAI board members voted to oust Altman.', [['board-size', 'Four']]],
    ['The four trustees ousted Altman on Friday.', [['board-size', 'four']]],
    ['Four members of the board voted to remove Altman.', [['board-size', 'Four']]],
    [
      'About 505 current and former employees signed the letter.',
      [['staff-letter-signatories', 'About 505']],
    ],
  ])('%s', (sentence, expected) => {
    expect(counts([sentence])).toEqual(expected);
  });

  it.each([
    // Some of the group: a subset word, a later act of some members, newcomers.
    'Two former directors criticised the decision.',
    'The two directors later stepped down from the board.',
    'Three new directors joined the board on Wednesday.',
    'The three independent directors stayed on.',
    'Two outside directors voted against the move.',
    'The four directors who remained fired Altman.',
  ])('not the board’s size: %s', (sentence) => {
    expect(counts([sentence])).toEqual([]);
  });
});
