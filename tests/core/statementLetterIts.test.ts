import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 26: "Its demand was that every director go" right after a sentence about the letter: the
 * sentence-opening "its" is the letter's, not the company the page named before. After a sentence
 * about another party (Microsoft, an investor) "its demand" stays theirs. Every sentence is invented.
 */

describe('"its demand" after a sentence about the letter is the letter\'s', () => {
  found([
    [
      'a copula and two "that" clauses',
      "The letter's tone was cold. Its demand was that every director step down and that Altman return.",
      [['staff-letter-demand', 'demand was that every director step down and that Altman return']],
    ],
    [
      'a plural noun',
      'The open letter ran to a single page. Its demands were that the board resign and reinstate Altman.',
      [['staff-letter-demand', 'demands were that the board resign and reinstate Altman']],
    ],
    [
      'an adjective before the noun',
      'The staff letter was short. Its central demand was that the directors quit and bring back Altman.',
      [['staff-letter-demand', 'demand was that the directors quit and bring back Altman']],
    ],
    [
      'with the ultimatum after it',
      'The letter named no director. Its demand was that the board resign, or the signers would leave for Microsoft.',
      [['staff-letter-demand', 'demand was that the board resign, or the signers would leave for Microsoft']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    [
      'after a sentence about Microsoft',
      'Microsoft was blunt. Its demand was that the board resign and bring back Altman.',
    ],
    [
      'Microsoft the subject, the letter its object',
      'Microsoft answered the letter on Monday. Its demand was that the board resign and bring back Altman.',
    ],
    [
      'an investor',
      'Thrive Capital wrote to the directors. Its demand was that the board resign and reinstate Altman.',
    ],
  ]);
});
