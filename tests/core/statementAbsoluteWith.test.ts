import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * An absolute phrase opening its clause ("With Altman back, …", "with him reinstated, …") takes the act as
 * given, the background to what the sentence says: no mark. Every sentence is invented.
 */

describe('"With X back," opening a clause is background, not the claim', () => {
  unmarked('altman-returns-as-ceo', [
    ['"With Altman back,"', 'With Altman back, the sale is expected to proceed.'],
    ['"back in charge"', 'With Sam Altman back in charge, investors relaxed.'],
    [
      'a pronoun, "reinstated"',
      ['Sam Altman spoke to staff.', 'With him reinstated, the board was rebuilt.'],
    ],
    ['after ", and"', 'Investors cheered, and with Altman back, the tender offer went ahead.'],
    ['"back as chief executive"', 'With Altman back as chief executive, OpenAI named a new board.'],
  ]);
  found([
    [
      'near miss: the return stated outright',
      'Altman is back, and the sale is expected to proceed.',
      [['altman-returns-as-ceo', 'is back']],
    ],
    [
      'near miss: "with" inside the clause, no comma after',
      'OpenAI struck a deal with Altman back on Tuesday.',
      [['altman-returns-as-ceo', 'back']],
    ],
    [
      'near miss: no "with"',
      'Sam Altman is back at OpenAI.',
      [['altman-returns-as-ceo', 'is back at OpenAI']],
    ],
  ]);
});
