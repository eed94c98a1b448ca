import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const figureClaims = (block: string) => figureClaimsAfterLead([block], '2023-11-22');

describe("a new board's starting size is no topic's count", () => {
  it.each([
    'Altman returns alongside an initial board of three: Bret Taylor as chair, Larry Summers and Adam D’Angelo.',
    'It will initially have three members: Bret Taylor, Larry Summers and Adam D’Angelo.',
    'The rebuilt board started with three people, chaired by Bret Taylor.',
    'The initial board installed on the CEO’s return was of three members.',
    'The new board will have three members at first: Taylor, Summers and D’Angelo.',
    'Larry Summers is one of 3 directors on the interim board.',
    'OpenAI’s reconstituted board has just three directors, led by Bret Taylor.',
    'The new board, chaired by Bret Taylor, has three members.',
  ])('%s', (block) => {
    expect(figureClaims(block)).toEqual([]);
  });
});

describe('…while its newcomers, its ceiling and the board that fired Altman are still read', () => {
  it.each<[string, string[][]]>([
    [
      'The initial board will have three new members: Bret Taylor as chair, Larry Summers and Adam D’Angelo.',
      [['new-board-newcomers', 'three']],
    ],
    [
      'The rebuilt board started with three people and a mandate to grow to no more than nine.',
      [['board-expansion', 'no more than nine']],
    ],
    [
      'The initial board of three, chaired by Bret Taylor, may grow to up to nine.',
      [['board-expansion', 'up to nine']],
    ],
    [
      'The board that fired him had four voting members. The new board will have three at first.',
      [['board-size', 'four']],
    ],
    ['The new board replaced the old one, which had four voting members.', [['board-size', 'four']]],
    [
      'An open letter signed by some 500 OpenAI employees at first demanded that the board step down.',
      [['staff-letter-signatories', 'some 500']],
    ],
  ])('%s', (block, expected) => {
    expect(figureClaims(block)).toEqual(expected);
  });
});
