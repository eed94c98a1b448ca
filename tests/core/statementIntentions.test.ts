import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A word of meaning or longing before "to" makes the act only intended: "meant to", "keen to",
 * "eager to", "determined to", "vowed to". Without "to" the same words state a consequence. Every
 * sentence is invented.
 */

describe('an act after a word of intention and "to" is not stated', () => {
  unmarked('altman-returns-as-ceo', [
    ['"meant to"', 'She meant to bring Altman back.'],
    ['"keen to"', 'The investors were keen to bring Altman back as chief executive.'],
    ['"determined to"', 'Thrive was determined to reinstate Altman by the weekend.'],
    ['"desperate to"', 'Staff were desperate to get Altman reinstated.'],
  ]);
  unmarked('altman-joins-microsoft', [
    ['"eager to"', 'Nadella was eager to hire Altman.'],
    ['"vowed to"', 'Microsoft vowed to hire Altman whatever happened.'],
  ]);
});

describe('the same words without "to" leave the act stated', () => {
  found([
    [
      '"meant" as a consequence',
      'The move meant Brockman quit as president.',
      [['brockman-exit', 'quit as president']],
    ],
    [
      '"which meant" after the act',
      'Microsoft hired Altman, which meant the board had lost.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
  ]);
});
