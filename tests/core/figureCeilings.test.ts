import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

describe('a ceiling on the board, in the words of a plan', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['a modal and a growth verb', 'The board may grow to up to nine.', [['board-expansion', 'up to nine']]],
    [
      'a ceiling set off as a noun phrase',
      'The new board has said it will keep growing, toward the up to nine seats discussed when it was formed.',
      [['board-expansion', 'up to nine']],
    ],
    [
      'a bound written after the noun, in a reported plan',
      "People familiar with the talks said the directors' first task would be to pick the rest of a board with nine seats at most.",
      [['board-expansion', 'nine']],
    ],
    [
      'a plan to expand the board to a size',
      'The plan is to expand the board to nine.',
      [['board-expansion', 'nine']],
    ],
    ['a board set to grow to a size', 'The board is set to expand to nine.', [['board-expansion', 'nine']]],
    [
      'a ceiling set against a count of newcomers before it, in the next clause',
      'Taylor now chairs the board with Summers and D’Angelo; only two of the three are new, and the board may grow to as many as nine.',
      [
        ['new-board-newcomers', 'two'],
        ['board-expansion', 'as many as nine'],
      ],
    ],
    [
      'a ceiling after a count of newcomers, said the other way round',
      'Two of the three directors named with Taylor are new members, but the board could expand to up to nine.',
      [
        ['new-board-newcomers', 'Two'],
        ['board-expansion', 'up to nine'],
      ],
    ],
    [
      'a board of as many as nine',
      'The directors will choose a board of as many as nine.',
      [['board-expansion', 'as many as nine']],
    ],
  ])('%s', (_, text, expected) => {
    expect(figures([text])).toEqual(expected);
  });

  it('takes a fact box value from the label above it', () => {
    expect(figures(['Ceiling on the enlarged board', '9', 'person with knowledge of the talks'])).toEqual([
      ['board-expansion', '9'],
    ]);
  });

  it.each([
    ['a condition', 'If the board grew to up to nine members, Microsoft would want a seat.'],
    ['a talked-of valuation', 'Investors said a new round could value it at up to $100 billion.'],
    ['a time of day', 'The board met at two in the afternoon.'],
    ['a count of something else', 'The board sent him to two meetings.'],
    ['an unnamed company', 'A start-up with nine employees would have no board at all.'],
  ])('not: %s', (_, text) => {
    expect(figures([text])).toEqual([]);
  });
});
