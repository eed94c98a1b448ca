import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A company as the subject or object of a claim, told by its place or brand in English or in a
 * translated edition's word order ("the group of Redmond", "the multinational of Redmond", "the
 * Windows company", "the Redmond-based giant"). Near-misses: the place alone, another company's
 * product. Every sentence is invented.
 */

describe('Microsoft told by its place or brand', () => {
  found([
    [
      '"the group of Redmond"',
      'The group of Redmond hired Altman on Monday.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
    [
      '"the multinational of Redmond"',
      'Altman will join the multinational of Redmond.',
      [['altman-joins-microsoft', 'will join the multinational of Redmond']],
    ],
    [
      '"the Windows company", after OpenAI is named',
      'OpenAI was in turmoil. The Windows company snapped up Altman and Brockman.',
      [['altman-joins-microsoft', 'snapped up Altman and Brockman']],
    ],
    [
      '"the Redmond-based giant", after OpenAI is named',
      'OpenAI was in turmoil. The Redmond-based giant hired Altman.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['the place alone', 'The Redmond council hired Altman.'],
    ['another company told by its product', 'The maker of Gemini hired Altman.'],
    ['another company told by its product, before it', 'The Gemini maker hired Altman.'],
  ]);
});
