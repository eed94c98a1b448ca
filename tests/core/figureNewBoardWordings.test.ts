import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * The board after the firing, cut down or remade ("shrinks to three", "the overhauled board", "the
 * replacement board is, for now, three"), is not the board that decided; a board that "had shrunk to
 * four" or was "cut to four by earlier departures" before the firing still is; its newcomers are counted
 * with any wording for being new to it ("new to the board", "fresh faces", "newly added"). Every
 * sentence is invented.
 */

const marks = (text: string) => figureClaimsAfterLead([text]);
const boardSize = (text: string) => marks(text).filter(([id]) => id === 'board-size');

describe('a board cut down or remade is not the board that fired him', () => {
  it.each([
    'He gets the CEO job back, and the board shrinks to three: Bret Taylor chairing, plus Larry Summers.',
    'Under the deal the board shrinks to three members.',
    'The overhauled board has three members.',
    'A revamped board of three will pick the rest.',
    'The replacement board is, at the moment, three people: Bret Taylor, Larry Summers and Adam D’Angelo.',
    'The new board is, for now, three people.',
  ])('“%s”', (text) => {
    expect(boardSize(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['Four directors voted to remove Altman.', 'Four'],
    ['The board that fired him was, in the end, four people.', 'four'],
    ['The board that ousted Altman, on Friday, had four members.', 'four'],
    // Shrunk before the firing: still the board that decided.
    ['The board, which had shrunk to four members after departures earlier in the year, fired him.', 'four'],
    ['Cut to four directors by earlier exits, the board fired Altman without warning.', 'four'],
  ])('the deciding board keeps its count: “%s”', (text, wording) => {
    expect(boardSize(text)).toContainEqual(['board-size', wording]);
  });
});

describe('newcomers counted as new to the board', () => {
  it.each<[string, string]>([
    [
      'D’Angelo alone survives from the board that dismissed Altman, which makes two of the three directors new to the board.',
      'two',
    ],
    [
      'Bret Taylor and Larry Summers join Adam D’Angelo: two newly appointed directors and one holdover.',
      'two',
    ],
  ])('%s', (text, wording) => {
    expect(marks(text)).toContainEqual(['new-board-newcomers', wording]);
  });

  it('a count of the whole new board is no count of newcomers', () => {
    expect(
      marks('Bret Taylor, Larry Summers and Adam D’Angelo make up the three-member board.').filter(
        ([id]) => id === 'new-board-newcomers',
      ),
    ).toEqual([]);
  });
});

/*
 * Newcomers in a reporter's idiom are counted by their noun ("two outsiders", "two fresh appointees",
 * "two first-timers", "added two newcomers"), whatever else the sentence says of the new board (its work
 * ahead, a ceiling), and a count so named speaks of the new directors the block beside it names.
 */
describe('newcomers named by the idiom of their noun', () => {
  const newcomers = (blocks: string[]) =>
    figureClaimsAfterLead(blocks).filter(([id]) => id === 'new-board-newcomers');

  it.each<[string[], string]>([
    [["The deal brings in two outsiders alongside the lone holdover, Adam D'Angelo."], 'two'],
    [
      ["Under the agreement, Bret Taylor's board added two newcomers and is tasked with growing later."],
      'two',
    ],
    [
      [
        "The new directors are Bret Taylor, Larry Summers and Adam D'Angelo.",
        'That makes two fresh appointees and one survivor, with room to grow.',
      ],
      'two',
    ],
    [
      [
        "Bret Taylor will chair it, with Larry Summers and Adam D'Angelo.",
        'Two first-timers, then, and a mandate to expand.',
      ],
      'Two',
    ],
    // The block names someone else (Altman): the new directors are named in the block before.
    [
      [
        "Bret Taylor will chair it, with Larry Summers and Adam D'Angelo.",
        'That is two fresh faces, and Altman stays off the board for now.',
      ],
      'two',
    ],
  ])('%j', (blocks, words) => {
    expect(newcomers(blocks)).toEqual([['new-board-newcomers', words]]);
  });

  it.each([
    'Meta named a new board with two outsiders.',
    'Two outsiders bid for the club last year.',
    'The board chose two outsiders to advise it on the search.',
    // Outsiders of the old board: directors with no job at the company, not newcomers.
    "Four directors decided it: the chief scientist plus three outsiders, Adam D'Angelo among them.",
  ])('%s', (text) => {
    expect(newcomers([text])).toEqual([]);
  });
});

/*
 * Round 26: the newcomers said as what a count of them numbers ("the number of newcomers is two") or as
 * people stressed as new ("only two directors are genuinely new"). A question, another company's board and
 * a number of people that is no group's newcomers stay unmarked.
 */
describe('newcomers as a number said of them, or as directors said to be genuinely new', () => {
  const NEW_BOARD = "The new board is Bret Taylor, Larry Summers and Adam D'Angelo.";
  const newcomers = (text: string) =>
    figureClaimsAfterLead([NEW_BOARD, text]).filter(([id]) => id === 'new-board-newcomers');

  it.each<[string, string]>([
    ['D’Angelo stays, so the number of newcomers is two.', 'two'],
    ['The number of new directors, in fact, is two: Taylor and Summers.', 'two'],
    ['Strictly, the count of newcomers was only two.', 'two'],
    ['Only two directors are genuinely new: Taylor and Summers.', 'two'],
    ['Just two members are actually new, since D’Angelo kept his seat.', 'two'],
    ['So two directors were truly new to the board.', 'two'],
  ])('%s', (text, wording) => {
    expect(newcomers(text)).toEqual([['new-board-newcomers', wording]]);
  });

  it.each<string>([
    'Is the number of newcomers two or three?',
    'At Quora, the number of new directors is two.',
    'The number of people watching the board is growing.',
    'Two engineers are genuinely new to the research team.',
  ])('not the newcomers: %s', (text) => {
    expect(newcomers(text)).toEqual([]);
  });
});
