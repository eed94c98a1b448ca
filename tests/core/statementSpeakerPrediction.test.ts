import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

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
