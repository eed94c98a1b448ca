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

describe('the act where its words are not in the usual order', () => {
  found([
    ['a contraction of "be"', 'Sutskever said he’s sorry.', [['sutskever-regret', '’s sorry']]],
    [
      'a noun for the act, its light verb in the passive and the doer after "by"',
      'An apology was issued by Sutskever on Monday.',
      [['sutskever-regret', 'apology was issued by Sutskever']],
    ],
    [
      // The annotators mark only the unit here: heading a unit just formed is its news, not a second hire.
      'an entity after "at" is the place of the act, the noun phrase the unit',
      'Microsoft said Altman will head a newly created AI research group at the company.',
      [['microsoft-new-unit', 'newly created AI research group']],
    ],
    [
      'an entity after "at" is the place of the act, with no unit formed',
      'Microsoft said Altman will head research at the company.',
      [['altman-joins-microsoft', 'Altman will head']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['the passive denied', 'Regret was not expressed by Sutskever.'],
    ['another doer', 'An apology was issued by Murati.'],
    ['a possessive', 'Sutskever’s sorry excuse for a vote angered staff.'],
  ]);
});
