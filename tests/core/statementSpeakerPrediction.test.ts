import { describe, expect, it } from 'vitest';
import { found, statements, unmarked } from './helpers/statementCases.ts';

const marked = (id: string, cases: Array<[string, string | string[]]>) =>
  it.each<[string, string | string[]]>(cases)('keeps %s marked', (_, text) => {
    expect(statements(text).map(([claim]) => claim)).toContain(id);
  });

/*
 * A forecast a speaker stakes ("calling it now", "mark my words", "give it a week", "my money's on",
 * "you heard it here first", "screenshot this"): the act it names has not happened, whatever the tense
 * the speaker puts it in. Without such a marker the act stays a fact.
 */

describe('an act a speaker forecasts', () => {
  unmarked('altman-returns-as-ceo', [
    ['"calling it now", present', 'calling it now, sam is back at openai by the weekend'],
    [
      '"mark my words" after the act',
      'Give it a fortnight and Altman will be back in charge, mark my words.',
    ],
    ['"give it a week"', 'Give it a week: Altman returns as chief executive.'],
    ['"you heard it here first"', 'Altman is back as CEO by Friday, you heard it here first.'],
    ['"my money\'s on"', "My money's on Altman returning as chief executive."],
    ['"I predict"', 'I predict Altman returns as CEO within days.'],
    ['"screenshot this"', 'screenshot this: altman back as ceo by tuesday'],
  ]);
});

describe('a bet a speaker places on the act', () => {
  unmarked('altman-returns-as-ceo', [
    ['"placing my bet now:"', 'Placing my bet now: Altman is back as CEO by the weekend.'],
    ['"my bet is"', 'My bet is that Altman returns as chief executive within days.'],
    ['"my bet,"', 'My bet, for what it is worth: altman back as ceo by friday'],
    ['"here\'s my bet"', "Here's my bet — Altman returns as CEO before Thanksgiving."],
  ]);
  marked('altman-returns-as-ceo', [
    ['"my bet was right"', 'My bet was right: Altman returned as chief executive on Wednesday.'],
    ['"my bet paid off"', 'Altman returned as chief executive on Wednesday, and my bet paid off.'],
    [
      'a bet in another sentence',
      ['Placing my bet now: the board folds.', 'Altman returned as chief executive on Wednesday.'],
    ],
  ]);
});

describe('facts told without a forecast', () => {
  found([
    [
      'a forecast that came true, told after',
      'Altman was back as chief executive by Wednesday, as many had expected.',
      [['altman-returns-as-ceo', 'was back as chief executive']],
    ],
    [
      '"words" not a forecast',
      'In his own words, Altman returned as chief executive to steady the company.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
    [
      'a forecast in another sentence',
      ['Calling it now: the board will fold.', 'Altman returned as chief executive on Wednesday.'],
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
  ]);
});

describe('the words of a marker in ordinary prose stake no forecast', () => {
  marked('altman-joins-microsoft', [
    [
      '"give it a couple" inside a clause',
      "Microsoft hired Altman on Monday, a move that could give it a couple of years' lead.",
    ],
    [
      '"give it a week" as an object',
      'Microsoft hired Altman on Monday, a deal that may give it a month of headlines.',
    ],
  ]);
  marked('altman-returns-as-ceo', [
    [
      '"screenshot this morning"',
      'Altman, who returned as chief executive on Wednesday, posted a screenshot this morning.',
    ],
    [
      '"screenshot this week"',
      'Altman returned as chief executive on Wednesday and shared a screenshot this week.',
    ],
    [
      '"my prediction was right"',
      'My prediction was right: Altman returned as chief executive on Wednesday.',
    ],
    [
      '"my prediction came true"',
      'Altman returned as chief executive on Wednesday, and my prediction came true.',
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      '"give it until" after a comma',
      'Honestly, give it until Friday and Altman returns as chief executive.',
    ],
    ['"screenshot this" at the end', 'Altman returns as chief executive by Tuesday, screenshot this.'],
    ['"my prediction is"', 'My prediction is that Altman returns as chief executive by Friday.'],
    ['"my prediction:"', 'My prediction: Altman returns as chief executive within days.'],
  ]);
});
