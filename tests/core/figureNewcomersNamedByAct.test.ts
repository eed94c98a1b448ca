import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

/*
 * Newcomers counted by what they are to the board ("two new people", "two were new") where the remade board
 * is named by its counted members ("the three initial directors"), and a count that includes newcomers is
 * their whole, not them. Invented sentences.
 */
const newcomers = (blocks: string[]) => claims(blocks).filter(([id]) => id === 'new-board-newcomers');

describe('newcomers to the remade board, named by its members', () => {
  it.each<[string[], string]>([
    [['Of the three replacement directors, only two were new to the board.'], 'two'],
    [['OpenAI’s three initial directors? Two are newcomers, one stayed on.'], 'Two'],
    [
      [
        'New board: Bret Taylor chairs it, Larry Summers joins, Adam D’Angelo stays.',
        'That is two new people and one holdover.',
      ],
      'two',
    ],
    [['The three interim members include D’Angelo; two of them were new.'], 'two'],
  ])('%s', (blocks, wording) => {
    expect(newcomers(blocks)).toEqual([['new-board-newcomers', wording]]);
  });

  it.each<string[]>([
    // Another organisation's directors, people new elsewhere.
    ['Of Acme’s three initial directors, two were new.'],
    ['Two new people joined the research team at Microsoft.'],
  ])('no newcomers: %s', (...blocks) => {
    expect(newcomers(blocks)).toEqual([]);
  });

  it.each<string[]>([
    // A count that includes the newcomers is their whole.
    ['The rebuilt board’s first three include two newcomers.'],
    ['The initial board of three counted two outsiders among its members.'],
    ['Its three picks, including two newcomers, were announced on Tuesday night.'],
  ])('the whole is no newcomer count: %s', (...blocks) => {
    expect(newcomers(blocks).filter(([, w]) => /three/i.test(w))).toEqual([]);
  });
});
