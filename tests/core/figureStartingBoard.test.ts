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

describe("the new board's word right beside its count", () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Broker note: The initial three directors are to pick directors for an enlarged board of up to nine seats.',
      [['board-expansion', 'up to nine']],
    ],
    ['FAQ: Its interim three members will choose up to nine directors.', [['board-expansion', 'up to nine']]],
    [
      'Story card: The three interim directors will pick a board of as many as nine.',
      [['board-expansion', 'as many as nine']],
    ],
    ['Transcript: the three initial board members must now find up to six more.', []],
    // Near-miss: the board that acted keeps its count.
    ['The four directors who fired him were not consulted.', [['board-size', 'four']]],
  ])('%s', (text, expected) => {
    expect(figureClaims(text)).toEqual(expected);
  });
});

describe('a board that came back, was restored or pared down is the new one too', () => {
  it.each([
    "Fan wiki: The returning board was just three people: chair Bret Taylor, Larry Summers and D'Angelo.",
    'Op-ed: A pared-down board of three will pick the rest.',
    'Wire: The restored board, chaired by Taylor, has three members.',
    'Explainer: OpenAI’s successor board has only three directors.',
    'Newsletter: the new-look board is made up of three people.',
  ])('%s', (block) => {
    expect(figureClaims(block)).toEqual([]);
  });

  it.each([
    'The board of four that fired him was itself replaced.',
    'The four directors who ousted him stayed silent as the returning chief executive took questions.',
  ])('near-miss, the board that acted keeps its count: %s', (block) => {
    expect(figureClaims(block)).toEqual([['board-size', 'four']]);
  });
});
