import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Acts the page does not state: a branch of "either … or" (a choice put to someone), and one of two
 * versions held by two sides ("some say …, some say …"). One side alone is an attributed report and
 * stays a claim; "either way" has no branches.
 */

const PRESIDENT = "Greg Brockman was OpenAI's president.";

describe('a branch of "either … or"', () => {
  unmarked('altman-returns-as-ceo', [
    [
      'the first branch, past',
      [
        'The staff wrote a letter.',
        'Either every director resigned and Sam and Greg were brought back, or the signers would go to Microsoft.',
      ],
    ],
    ['the first branch, present', 'Either Altman returns as CEO or the staff walk.'],
    ['the second branch', 'Either the board holds firm, or Altman returns as chief executive.'],
  ]);
  found([
    [
      '"either way" is no choice',
      ['The staff wrote a letter.', 'Either way, Sam and Greg were brought back on Wednesday.'],
      [['altman-returns-as-ceo', 'were brought back']],
    ],
    [
      'an act before the choice',
      'Brockman quit, and either Murati or Shear would have to steady the ship.',
      [['brockman-exit', 'quit']],
    ],
  ]);
});

describe('two sides, two versions', () => {
  unmarked('brockman-exit', [
    ['"some say …, some say …"', [PRESIDENT, 'Some places say he was fired, some say he quit.']],
    [
      '"some reports have …, others say …"',
      [PRESIDENT, 'Some reports have him resigning, others say he quit in protest.'],
    ],
    ['"others call it …"', [PRESIDENT, 'Some reports say he resigned in protest; others call it a firing.']],
    [
      'a feeling only after the act',
      [PRESIDENT, 'Some say he was fired; others say he quit and were angry about it.'],
    ],
  ]);
  found([
    [
      'one side is a report',
      [PRESIDENT, 'Some outlets say he quit that night.'],
      [['brockman-exit', 'quit']],
    ],
    [
      'a side stunned by the act takes it as true',
      [PRESIDENT, 'Some staff said they were stunned Brockman quit; others said they saw it coming.'],
      [['brockman-exit', 'quit']],
    ],
    [
      'a side shocked that it happened',
      [PRESIDENT, 'Some colleagues said they were shocked that he quit, others said they had expected it.'],
      [['brockman-exit', 'quit']],
    ],
    [
      'a side that regrets the act',
      [PRESIDENT, 'Some engineers say they regret that he resigned; others say they are relieved.'],
      [['brockman-exit', 'resigned']],
    ],
  ]);
});
