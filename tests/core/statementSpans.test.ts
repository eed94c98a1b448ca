import { describe } from 'vitest';
import { found } from './helpers/statementCases.ts';

/*
 * One mark per telling: a second clause of the letter told with its own verb is its own mark, a
 * threat with its condition stays one. Every sentence is invented.
 */

describe('the demand and the threat told each with its own verb, in one sentence, are one mark (round 14 convention)', () => {
  found([
    [
      '", warning that"',
      'Hundreds of staff signed a letter urging the board to resign, warning that they would quit.',
      [['staff-letter-demand', 'urging the board to resign, warning that they would quit']],
    ],
    [
      '"and says" in a headline',
      'Staff letter tells directors to resign and says signers will leave',
      [['staff-letter-demand', 'tells directors to resign and says signers will leave']],
    ],
    [
      'an opening participle clause',
      'Threatening to resign, the employees asked the board to reinstate Altman.',
      [['staff-letter-demand', 'Threatening to resign, the employees asked the board to reinstate Altman']],
    ],
  ]);
});

describe('a threat with its condition stays one mark', () => {
  found([
    [
      '"unless"',
      'The employees threatened to quit unless the board resigned.',
      [['staff-letter-demand', 'threatened to quit unless the board resigned']],
    ],
  ]);
});
