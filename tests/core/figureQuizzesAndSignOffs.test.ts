import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * Numbers a page prints around its story that count nothing the story counts: a reader's sign-off
 * under a heading that names the board, an answer key under a quiz, a section number in a running
 * head, a chart's ticks described in words. The headings above them name a topic; the numbers are
 * someone's age, an item's place or a scale's step.
 */

const boardFigures = (blocks: string[]) =>
  figureClaimsAfterLead(blocks).filter(([id]) => id.startsWith('board') || id.includes('signatories'));

describe('a reader’s sign-off gives an age, not a count of the heading’s topic', () => {
  it.each([
    [['Readers on the board’s decision', 'Sam, 10, Ohio', 'I think the board was unfair.']],
    [['What you told us about the directors', 'Priya, 34, Leeds', 'Four people should not decide that.']],
    [['Your letters: the board', 'Tom (12), Bristol']],
    [['Comments on the board vote', '— Ana, aged 9, from Porto']],
    [['Board members speak out: your views', 'Jonas K., 15, Hamburg']],
  ])('%j', (blocks) => {
    expect(boardFigures(blocks)).toEqual([]);
  });

  it.each([
    [['Directors who voted', '4']],
    [['How many directors voted to remove him?', '4']],
    [['Board members who voted', '4 (of six)']],
  ])('but a label’s value still counts what the label names: %j', (blocks) => {
    expect(boardFigures(blocks).map(([id]) => id)).toEqual(['board-size']);
  });
});

describe('a question that asks for no quantity heads answers that count nothing it names', () => {
  it.each([
    [['What does a board do?', 'Answers: 1 (b). 2 Checks on the company. 3 Turn the page!']],
    [['Why did the board fire him?', '3']],
    [['Did the directors act too fast?', 'Quiz answers: 1) b 2) a']],
    [['Quick quiz', 'Is a board the same as a boss?', '2']],
  ])('%j', (blocks) => {
    expect(boardFigures(blocks)).toEqual([]);
  });

  it.each([
    [['How many directors voted to remove him?', '4']],
    [['How many board members voted him out?', 'Four']],
    [['The board that fired Altman', '4']],
  ])('but a question that asks how many still says what its answer counts: %j', (blocks) => {
    expect(boardFigures(blocks).map(([id]) => id)).toContain('board-size');
  });
});

describe('a section number or a chart’s ticks under the story are no counts', () => {
  it.each([
    [['‹ 5.4 Founders and their boards · p. 212']],
    [['3.2 The board that fired its founder']],
    [['Votes on the board, by director: ticks at 0, 1, 2, 3 and 4']],
    [['Signatures over the weekend. Vertical axis: 0, 250, 500 and 750, 1000']],
  ])('%j', (blocks) => {
    expect(boardFigures(blocks)).toEqual([]);
  });
});
