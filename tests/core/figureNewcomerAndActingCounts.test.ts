import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * Round 27's shapes of two board counts. Every sentence is invented.
 *
 * The new board's newcomers are counted in a reporter's idiom ("two shiny new faces", "two new signings",
 * "the newcomer count is two"), in a fact box's row whose label names people new to the board, and a
 * whole fronted after a semicolon ("…; of those three, only two were new") is not itself a count of them.
 *
 * The four who voted are the whole acting group when every one of a group acted ("all four of the
 * directors who voted him out", "four of the board's members acted", "it was four of its members who
 * voted Altman out"), and a fact box row's value stays theirs when the board it is a part of follows it
 * ("four, out of a six-member board"); that whole, the rest of the board ("the remaining two members")
 * and a ceiling the board may reach are not.
 */

const topic = (id: string, blocks: string[]) =>
  figureClaimsAfterLead(blocks).filter(([claim]) => claim === id);
const newcomers = (blocks: string[]) => topic('new-board-newcomers', blocks);
const boardSize = (blocks: string[]) => topic('board-size', blocks);

describe('newcomers in a reporter’s idiom', () => {
  it.each<[string[], string]>([
    [
      [
        "Bret Taylor will chair it, with Larry Summers and Adam D'Angelo.",
        'That is two shiny new faces and one old hand.',
      ],
      'two',
    ],
    [["Bret Taylor and Larry Summers arrive; Adam D'Angelo stays. Two new names, one survivor."], 'Two'],
    [
      [
        "Bret Taylor chairs; Larry Summers and Adam D'Angelo join. That makes two genuinely fresh appointments.",
      ],
      'two',
    ],
    [["With Bret Taylor and Larry Summers the board gets two new signings; Adam D'Angelo stays on."], 'two'],
    [["Bret Taylor chairs and Adam D'Angelo stays: the newcomer count is two."], 'two'],
    [
      [
        "The new board: Bret Taylor, Larry Summers, Adam D'Angelo.",
        "Truly new directors on the reshaped board: two (D'Angelo stays).",
      ],
      'two',
    ],
  ])('%j', (blocks, wording) => {
    expect(newcomers(blocks)).toEqual([['new-board-newcomers', wording]]);
  });

  it.each<[string[]]>([
    [['More than 200 new names were added to the letter overnight, organisers said.']],
    [['Bret Taylor launched two new products at Sierra this year.']],
    [["The remaining two members, Larry Summers and Adam D'Angelo, stay on."]],
  ])('no newcomers: %j', (blocks) => {
    expect(newcomers(blocks)).toEqual([]);
  });

  it('a whole fronted after a semicolon is not the newcomers’ count', () => {
    expect(
      newcomers([
        "The first board: Bret Taylor as chair, Larry Summers, then Adam D'Angelo; of those three, only two were new.",
      ]),
    ).toEqual([['new-board-newcomers', 'two']]);
  });
});

describe('a ceiling in a second clause with its own subject is that clause’s', () => {
  it('the newcomers’ count stands', () => {
    expect(
      newcomers([
        "Bret Taylor chairs; Larry Summers and Adam D'Angelo sit beside him. Together they bring two fresh hires, and their opening brief is recruitment: the board may expand to as many as nine seats.",
      ]),
    ).toEqual([['new-board-newcomers', 'two']]);
  });

  it.each<[string]>([
    ["Up to two new faces could join Bret Taylor's board, and its chair has said so."],
    ["Bret Taylor's board may add as many as two new directors, and the first could come soon."],
  ])('a ceiling in the count’s own clause still bars it: %s', (text) => {
    expect(newcomers([text])).toEqual([]);
  });
});

describe('the four who voted, counted as the whole acting group', () => {
  it.each<[string]>([
    ['Critics note that all four of the directors who voted him out had little governance experience.'],
    ["On process: four of the board's members acted, with no warning to investors."],
    ['The board is small, and it was four of its members who voted Altman out.'],
    ['Directors who voted to remove Altman: four, out of a six-seat board.'],
  ])('%s', (text) => {
    expect(boardSize([text])).toEqual([['board-size', 'four']]);
  });

  it.each<[string]>([
    ['Four directors acted as advisers to the startup before it was founded.'],
    ['Two of the directors acted quickly to reassure investors once he was gone.'],
    ['The remaining two members, Altman and Brockman, were not consulted.'],
    ['Maximum size the enlarged board may reach, per a person briefed on the talks: nine members.'],
  ])('not the four who acted: %s', (text) => {
    expect(boardSize([text])).toEqual([]);
  });

  it('a ceiling the rebuilt board may reach, given after a label and its source, is the expansion', () => {
    expect(
      figureClaimsAfterLead([
        'Maximum size the rebuilt board may reach, per a person briefed on the talks: nine members.',
      ]),
    ).toEqual([['board-expansion', 'nine']]);
  });
});

/*
 * A count of newcomers in a block that names no director speaks of the board the sentence before it names
 * as the story's remade one ("The new board is in place. Two newcomers sit beside one survivor."); not of
 * another organisation's board, nor of the old one.
 */
describe('newcomers right after the sentence that names the new board', () => {
  it.each<[string, string]>([
    ["OpenAI's rebuilt board was named overnight. Two fresh faces, one holdover.", 'Two'],
    ['The new board is in place. Two newcomers sit beside one survivor.', 'Two'],
    ['Meet the reconstituted board. Two new arrivals and a familiar chair.', 'Two'],
    ['The interim board has been announced. Two first-timers among its three.', 'Two'],
  ])('%s', (text, wording) => {
    expect(newcomers([text])).toEqual([['new-board-newcomers', wording]]);
  });

  it.each<[string]>([
    ['Meta unveiled a new board on Monday. Two new faces join it.'],
    ["Quora's new board was announced. Two new faces join it."],
    ['The old board fired him. Two new names appeared on the letter.'],
  ])('not the story’s new board: %s', (text) => {
    expect(newcomers([text])).toEqual([]);
  });
});
