import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * What a sentence says without stating it as a fact: a wording under a denial or a "whether", a thing
 * only possible, a restoring asked for. Every sentence is invented.
 */

describe('a fixed wording under a denial or "whether" is not stated', () => {
  unmarked('research-deprioritised', [
    ['a denial that', 'The company denies that it has starved its research of compute.'],
    ['a disputed report', 'OpenAI disputed that research had been sidelined for ChatGPT.'],
  ]);
  unmarked('staff-letter-demand', [
    ['asked whether', 'Analysts asked whether the board was ever fit to oversee a company that size.'],
  ]);
  found([
    [
      'the same wording reported',
      'The letter said the board was not fit to oversee the company.',
      [['staff-letter-demand', 'fit to oversee']],
    ],
  ]);
});

describe('a noun phrase whose verb is only possible is not stated', () => {
  unmarked('microsoft-new-unit', [
    ['"may yet set up"', 'Microsoft may yet set up a new advanced AI research team if talks fail.'],
    ['"could create"', 'Microsoft could create a new AI research unit for the pair.'],
  ]);
  found([
    [
      'the same phrase done',
      'Microsoft set up a new advanced AI research team for the pair.',
      [['microsoft-new-unit', 'new advanced AI research team']],
    ],
  ]);
});

describe('"bring him back" is the restoring, read with its modal or its imperative', () => {
  unmarked('altman-returns-as-ceo', [
    ['a modal', 'Staff say the directors must bring Altman back.'],
    ['an imperative in a letter', 'The letter put it plainly: bring Sam back, or we go.'],
  ]);
  found([
    [
      'a report of it',
      'The board brought Altman back on Wednesday.',
      [['altman-returns-as-ceo', 'brought Altman back']],
    ],
  ]);
});
