import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

/*
 * A board's size given as its make-up (wholeBoardCount.ts, boardIdentity.ts): the whole board, the ousted
 * included, when the sentence takes a part of it or counts the ousted in it; the coverage's wording when the
 * sentence talks about how it was put. Otherwise the make-up may be the acting board. Invented sentences.
 */
const board = (blocks: string[]) => figures(blocks).filter(([id]) => id === 'board-size');

describe('the whole board, or the wording of one, is not the acting board', () => {
  it.each([
    '"Six-member board".',
    'Readers asked why we referred both to a six-member OpenAI board and to a board of four.',
    'The board had six members, but two of them were Altman and Greg Brockman.',
    'The board had six seats, two of them held by Altman and Brockman.',
    'Our coverage has called it a six-member board; others said four.',
    'Headlines spoke of a six-person board, though only four directors voted.',
  ])('%s', (text) => {
    expect(board([text])).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    ['The decision was made by four members of the six-person board.', [['board-size', 'four']]],
    ['Altman was removed by three directors out of the seven-strong board.', [['board-size', 'three']]],
    ['Four members of the six-person board voted to fire Altman.', [['board-size', 'Four']]],
  ])('a part taken of the whole: the whole is refused, the part stands: %s', (text, expected) => {
    expect(board([text])).toEqual(expected);
  });
});

describe('the acting board and a board to come stay', () => {
  it.each<[string, Array<[string, string]>]>([
    ['OpenAI’s four-member board fired Altman on Friday.', [['board-size', 'four']]],
    ['A board of four fired Altman.', [['board-size', 'four']]],
    ['Four directors voted to remove Altman.', [['board-size', 'Four']]],
    // review23b #3: a part as large as the whole, or "all" of it, is the whole acting.
    ['All four members of the four-member board voted to fire Altman.', [['board-size', 'four']]],
    [
      'Each of the four members of the four-person board voted to oust Altman.',
      [
        ['board-size', 'four'],
        ['board-size', 'four'],
      ],
    ],
    // a part with no act says nothing against the make-up being the acting board.
    ['Three of the four-member board’s directors had no stake in the company.', [['board-size', 'four']]],
    // anyone's reported words about the board are about the acting board, not coverage's wording.
    ['Altman referred to a board of four that had lost his trust.', [['board-size', 'four']]],
    ['Nadella called it a four-member board acting in haste.', [['board-size', 'four']]],
    ['Swisher wrote of the four-person board that fired Altman on Friday.', [['board-size', 'four']]],
  ])('%s', (text, expected) => {
    expect(board([text])).toEqual(expected);
  });

  it('a board the company will grow to keeps its ceiling', () => {
    expect(figures(['The company’s board is expected to grow to a board of nine.'])).toEqual([
      ['board-expansion', 'nine'],
    ]);
  });
});
