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
  ])('%s', (text) => {
    expect(board([text])).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    ['The decision was made by four members of the six-person board.', [['board-size', 'four']]],
    ['Altman was removed by three directors out of the seven-strong board.', [['board-size', 'three']]],
  ])('a part taken of the whole: the whole is refused, the part stands: %s', (text, expected) => {
    expect(board([text])).toEqual(expected);
  });
});

describe('the acting board and a board to come stay', () => {
  it.each<[string, Array<[string, string]>]>([
    ['OpenAI’s four-member board fired Altman on Friday.', [['board-size', 'four']]],
    ['A board of four fired Altman.', [['board-size', 'four']]],
    ['Four directors voted to remove Altman.', [['board-size', 'Four']]],
  ])('%s', (text, expected) => {
    expect(board([text])).toEqual(expected);
  });

  it('a board the company will grow to keeps its ceiling', () => {
    expect(figures(['The company’s board is expected to grow to a board of nine.'])).toEqual([
      ['board-expansion', 'nine'],
    ]);
  });
});
