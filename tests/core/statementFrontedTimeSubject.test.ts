import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The subject of a second verb joined by "and" is the subject of the first, also where a time phrase
 * opens the clause without a comma ("The same day Brockman was stripped of the title and quit") or
 * where the clause is one of a list set off by semicolons or a colon. Every sentence is invented.
 */
describe('a clause opened by a time phrase or a semicolon keeps its subject for the verb after "and"', () => {
  found([
    [
      '"The same day" and an aside',
      "The same day Greg Brockman was stripped of the chairman's title and, hours later, quit as president.",
      [
        ['brockman-exit', 'was stripped of the chairman'],
        ['brockman-exit', 'quit as president'],
      ],
    ],
    [
      '"That evening"',
      'That evening Brockman was removed as chairman and quit the company.',
      [
        ['brockman-exit', 'was removed as chairman'],
        ['brockman-exit', 'quit the company'],
      ],
    ],
    [
      'a clause of a list after a semicolon',
      'The board removed Altman; Brockman was dropped as chairman and walked out hours later.',
      [
        ['brockman-exit', 'was dropped as chairman'],
        ['brockman-exit', 'walked out'],
      ],
    ],
    [
      'after a colon and before another semicolon',
      'Short answer: the directors removed Altman; Brockman lost his seat as chair and resigned as president that evening; Murati held the fort.',
      [
        ['brockman-exit', 'lost his seat as chair'],
        ['brockman-exit', 'resigned as president'],
      ],
    ],
  ]);
  unmarked('brockman-exit', [
    ['another person after "and"', 'The same day Sutskever voted to remove Altman and Murati quit as CTO.'],
    ['a question after "and"', 'That evening Brockman was asked whether he would quit.'],
    ['a denial after a semicolon', 'The board fired Altman; Brockman was asked to stay and did not quit.'],
  ]);
});

describe('a time phrase inside the sentence is no opening', () => {
  found([
    [
      '"on the day Altman was fired and resigned": the subject is the sentence\'s',
      "Greg Brockman, the company's president, was removed as chairman on the day Altman was dismissed and resigned as president hours later.",
      [
        ['brockman-exit', 'was removed as chairman'],
        ['brockman-exit', 'resigned as president'],
      ],
    ],
  ]);
});
