import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

/*
 * A board the reader or the writer has ("your six directors", "I sit on a board of nine") is a board in
 * general (boardIdentity.ts): advice and first-person asides speak of it, never of the board that acted.
 * Invented sentences.
 */
const board = (text: string) => figures([text]).filter(([id]) => id === 'board-size');

describe('the reader’s or the writer’s own board is not the board that acted', () => {
  it.each([
    'I have sat on a board of seven people for years, and nobody ever removed a CEO that way.',
    'Look at your six directors and ask which of them could fire you.',
    'We sit on a startup board of five ourselves, and that firing shocked us.',
    'Ask yourself whether your nine trustees would back you in a vote like that.',
    'If two of your five directors also run the company, who decides when they should go?',
    'My own board of eight would never oust a founder over a weekend.',
  ])(
    '%s',
    (text) => {
      expect(board(text)).toEqual([]);
    },
    20_000,
  );

  it.each<[string, string]>([
    ['As you know, four directors fired him on Friday.', 'four'],
    ['Your article said four directors fired him.', 'four'],
    ['My sources say four directors voted to remove him.', 'four'],
    ['I was told that four directors made the decision.', 'four'],
  ])('the acting board stays, whoever speaks: %s', (text, wording) => {
    expect(board(text)).toEqual([['board-size', wording]]);
  });
});
