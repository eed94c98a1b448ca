import { describe } from 'vitest';
import { found } from './helpers/statementCases.ts';

/*
 * "Altman would head a fresh research outfit inside Microsoft": leading a unit just formed is the
 * unit's claim, in every freshness word and unit noun the unit's own noun phrase knows. Joining
 * Microsoft stays the hire.
 */

describe('leading a unit just formed is the unit, not the hire', () => {
  found([
    [
      '"fresh … outfit"',
      'Satya Nadella said Altman would head up a fresh advanced-AI research outfit inside the software group.',
      [['microsoft-new-unit', 'fresh advanced-AI research outfit']],
    ],
    [
      '"the two will head a fresh … group inside Microsoft"',
      [
        'Brockman followed Altman out.',
        'According to Nadella, the two will head a fresh advanced AI research group inside Microsoft.',
      ],
      [['microsoft-new-unit', 'fresh advanced AI research group']],
    ],
    [
      '"a brand-new … lab at Microsoft"',
      'Nadella said Altman would run a brand-new AI lab at Microsoft.',
      [['microsoft-new-unit', 'brand-new AI lab']],
    ],
    [
      'joining stays the hire',
      'Nadella said Altman would join Microsoft.',
      [['altman-joins-microsoft', 'would join Microsoft']],
    ],
  ]);
});
