import { beforeAll, describe, expect, it } from 'vitest';
import { statements } from './helpers/statementCases.ts';

/*
 * Clause shapes that hide who an act is done to (participleListItem.ts, readClause.ts objectAt /
 * coordinatedRight). Every sentence is invented.
 * - A list of participles sharing one passive subject, whose last item follows "and" without a comma
 *   of its own: "was pushed out, signed up by Microsoft and finally restored to the top job".
 * - A title read as a description, with the name right after it: "the former Twitch chief executive
 *   Emmett Shear", "and its chief executive Sam Altman".
 */

const marksOf = (id: string, text: string) => statements(text).filter(([claim]) => claim === id);

// The first annotation compiles the dataset's patterns: slow on a loaded machine, so not inside a test's time.
beforeAll(() => void statements('Altman returned.'), 60_000);

describe('the last participle of a list shares the passive subject', () => {
  it.each([
    [
      'three items, an adverb before the last',
      'Sam Altman was pushed out, signed up by Microsoft and finally restored to the top job.',
    ],
    ['bare middle item', 'Sam Altman was fired, courted and reinstated as chief executive.'],
    [
      'time phrases in the items',
      'Altman was ousted on Friday, wooed by Microsoft over the weekend and reinstated as CEO on Tuesday.',
    ],
    ['"got" passive', 'Sam Altman got fired, hired by Microsoft and reinstated as CEO.'],
    [
      'an epithet subject',
      'The OpenAI boss was fired on Friday, snapped up by Microsoft on Monday and returned to the top job on Wednesday.',
    ],
    [
      '"then" before the last',
      'Altman was booted, recruited by Satya Nadella and then brought back as chief executive.',
    ],
  ])('marks the return: %s', (_, text) => {
    expect(marksOf('altman-returns-as-ceo', text)).toHaveLength(1);
  });
  it('marks a departure as the last item', () => {
    const text =
      'Greg Brockman was stripped of the chair, told he would stay on and finally pushed out of the board.';
    expect(marksOf('brockman-exit', text).map(([, t]) => t)).toContain('pushed out of the board');
  });
  it.each([
    [
      'the last item negated',
      'Sam Altman was pushed out, signed up by Microsoft and never restored to the top job.',
    ],
    ['"almost"', 'Altman was fired, mocked online and almost reinstated as chief executive.'],
    [
      'a clause with its own subject before "and"',
      'Altman was fired, the board hesitated and Shear was then reinstated as chief executive.',
    ],
    [
      'a wish after a list of clauses',
      'Altman was fired, Microsoft hired him and the staff demanded that he be reinstated as chief executive.',
    ],
  ])('leaves the return unmarked: %s', (_, text) => {
    expect(marksOf('altman-returns-as-ceo', text)).toEqual([]);
  });
});

describe('a list after a dash or colon tells what befell the clause subject', () => {
  it.each([
    [
      'a dash, "first"',
      'Brockman had already gone — first removed as chairman, then gone altogether of his own accord.',
      'brockman-exit',
      'removed as chairman',
    ],
    [
      'a dash, a bare participle',
      'Greg Brockman had a dreadful Friday — stripped of the chair, then out of the company by nightfall.',
      'brockman-exit',
      'stripped of the chair',
    ],
    [
      'a colon, the third item',
      'Altman had a week to forget: fired on Friday, hired by Microsoft on Sunday and reinstated as CEO on Tuesday.',
      'altman-returns-as-ceo',
      'reinstated as CEO',
    ],
  ])('marks %s', (_, text, id, words) => {
    expect(marksOf(id, text).map(([, t]) => t)).toContain(words);
  });
  it.each([
    ['a possessor before the colon', 'Altman’s week: fired on Friday, reinstated as CEO on Tuesday.'],
    [
      'a subject that is no person',
      'The board met on Sunday — reinstated as chief executive was not on the table.',
    ],
    [
      'a report before the dash',
      'Nadella said the board erred — reinstated as chief executive, Altman would thrive.',
    ],
  ])('leaves the return unmarked: %s', (_, text) => {
    expect(marksOf('altman-returns-as-ceo', text)).toEqual([]);
  });
});

describe('a title before the name says whom it means', () => {
  it.each([
    [
      'the description stops short of the title',
      'The board put the former Twitch chief executive Emmett Shear in as interim CEO.',
    ],
    [
      '"the Twitch co-founder"',
      'The directors brought in the Twitch co-founder Emmett Shear as interim chief executive.',
    ],
    [
      '"the former Twitch boss"',
      'The board appointed the former Twitch boss Emmett Shear as interim chief executive.',
    ],
  ])('marks the appointment: %s', (_, text) => {
    expect(marksOf('shear-appointment', text)).toHaveLength(1);
  });
  it.each([
    [
      '"and its chief executive Sam Altman"',
      "Microsoft hired OpenAI's president Greg Brockman and its chief executive Sam Altman.",
    ],
    [
      '"and its former chief executive"',
      "Microsoft recruited OpenAI's co-founder Greg Brockman and its former chief executive Sam Altman.",
    ],
  ])('marks the hire of the titled second name: %s', (_, text) => {
    expect(marksOf('altman-joins-microsoft', text)).toHaveLength(1);
  });
  it.each([
    ['the title alone, meaning Altman', 'The board put the chief executive in as interim CEO.'],
    ['a hire of the company and its staff', 'Microsoft hired OpenAI staff and its researchers.'],
  ])('leaves %s unmarked', (_, text) => {
    expect(marksOf('shear-appointment', text)).toEqual([]);
    expect(marksOf('altman-joins-microsoft', text)).toEqual([]);
  });
});
