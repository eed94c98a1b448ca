import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';
import { returnStatedBefore } from '../../src/core/claims/boardAfterReturn.ts';

/* A board counted after the block says the leader is back is the new board (boardAfterReturn.ts). Invented sentences. */
const board = (blocks: string[]) => figures(blocks).filter(([id]) => id === 'board-size');

describe('a board counted after the return is not the board that acted', () => {
  it.each([
    'Tuesday night, Sam’s back as CEO. Three people on the board. Bret Taylor chairs it.',
    'Altman is back. The board now has three members.',
    'He was reinstated on Wednesday. The board: three people, led by Bret Taylor.',
    'Altman returned as chief executive; three directors sit on the board for now.',
  ])('%s', (text) => {
    expect(board([text])).toEqual([]);
  });

  it('the board that acted, named with its act, stays', () => {
    expect(board(['Altman is back. The four directors who ousted him were not all so lucky.'])).toEqual([
      ['board-size', 'four'],
    ]);
  });

  it('reads the return only before the count', () => {
    const text = 'Four directors sat on the board. Altman is back.';
    expect(returnStatedBefore(text, 0, text.indexOf('Four'))).toBe(false);
    const after = 'Sam’s back as CEO. Three people on the board.';
    expect(returnStatedBefore(after, after.indexOf('Three'), after.indexOf('Three'))).toBe(true);
  });
});
