import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A demonstrative before a noun of want ("this lack of candour", "such a loss of confidence") points back
 * to the reason already told; it does not tell it again. Every sentence is invented.
 */

describe('a demonstrative before a noun of want points back', () => {
  unmarked('firing-reason', [
    [
      '"without ever saying what this lack of candour had been"',
      'The board removed him, invoking his dealings with the directors, without ever saying what this lack of candour had been.',
    ],
    ['"no example of this lack of candour"', 'The directors gave no example of this lack of candour.'],
    ['"what this lack of candour consisted of"', 'Critics asked what this lack of candour consisted of.'],
    ['"Such a lack of candour"', 'Such a lack of candour, the board said, left it no choice.'],
  ]);
  found([
    [
      'near miss: "a lack of candour"',
      'The board cited a lack of candour.',
      [['firing-reason', 'lack of candour']],
    ],
    [
      'near miss: "that" as the conjunction',
      'The board said that lack of candour had cost him his job.',
      [['firing-reason', 'lack of candour']],
    ],
  ]);
});
