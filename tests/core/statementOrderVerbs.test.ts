import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Verbs of ordering mark a demand as verbs of asking do: "instructed", "directed", "commanded" the board
 * to act, as readClause's ORDERS already reads them (an order governs its infinitive).
 */

describe('an order to the board is a demand', () => {
  found([
    [
      'instructed',
      'Employees instructed the board to reinstate Altman as chief executive.',
      [['staff-letter-demand', 'instructed the board to reinstate Altman']],
    ],
    [
      'directed',
      'Staff directed the directors to bring back Sam Altman.',
      [['staff-letter-demand', 'directed the directors to bring back Sam Altman']],
    ],
    [
      'commanded',
      'The letter commanded the board to resign and reinstate Altman.',
      [['staff-letter-demand', 'commanded the board to resign and reinstate Altman']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['"directed" a company', 'Altman directed the company for eight years.'],
    [
      '"directed" questions',
      'The board directed questions to its lawyers after Altman returned as chief executive.',
    ],
  ]);
});

/*
 * What an order tells the board to do is no deed (readClause.orderedInfinitive, by orderVerbs.ts): every
 * form of each order verb, not only the few the old list held.
 */
describe('what an order tells the board to do is not done', () => {
  unmarked('altman-returns-as-ceo', [
    ['"instructs"', 'The letter instructs the board to reinstate Altman as chief executive.'],
    ['"directing"', 'Staff are directing the directors to reinstate Altman as chief executive.'],
    ['"commands"', 'The petition commands the board to reinstate Altman as chief executive.'],
    ['"imploring"', 'Investors are imploring the board to reinstate Altman as chief executive.'],
  ]);
});
