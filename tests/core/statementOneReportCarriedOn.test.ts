import { describe } from 'vitest';
import { found } from './helpers/statementCases.ts';

/*
 * One reason told in two halves is one instance (DESIGN.md: one claim instance, one mark): the board's
 * report carried on by a participle (", claiming …", ", citing …") or by a second "that" clause after a
 * comma. Every sentence is invented.
 */

describe('a report carried on by its participle or a second "that" clause is one mark', () => {
  found([
    [
      '", claiming" (translated register)',
      'On Friday the administrators declared they no longer had confidence in Altman, claiming his communications with them had not been consistently candid.',
      [
        [
          'firing-reason',
          'no longer had confidence in Altman, claiming his communications with them had not been consistently candid',
        ],
      ],
    ],
    [
      '", alleging" (wire)',
      'The directors said they had lost confidence in Altman as a leader of the company, alleging he had not been consistently candid with them.',
      [
        [
          'firing-reason',
          'lost confidence in Altman as a leader of the company, alleging he had not been consistently candid',
        ],
      ],
    ],
    [
      '", that" (personal essay)',
      'The board said Altman had not always been candid with it in his many dealings with directors, that it had lost confidence in him, and nothing more.',
      [
        [
          'firing-reason',
          'not always been candid with it in his many dealings with directors, that it had lost confidence',
        ],
      ],
    ],
  ]);
});

describe('near misses: two claims, or the participle of another act, stay apart', () => {
  found([
    [
      'a different claim after the participle',
      'The board said it had lost confidence in Altman, saying nothing more, and Brockman quit.',
      [
        ['firing-reason', 'lost confidence'],
        ['brockman-exit', 'quit'],
      ],
    ],
    [
      'two facts of one claim keep their own marks',
      'Brockman was removed as chairman, saying little, and quit the company that night.',
      [
        ['brockman-exit', 'was removed as chairman'],
        ['brockman-exit', 'quit the company'],
      ],
    ],
  ]);
});
