import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A thing asked for, sought or wanted is not a thing had: "Microsoft is seeking an observer seat",
 * "asked for at least a seat as an observer". The seat is Microsoft's only where a verb of getting
 * or holding governs it.
 */

describe('a seat sought is not a seat had', () => {
  unmarked('microsoft-board-observer', [
    ['"is seeking"', 'Microsoft is seeking a seat as an observer on the new board.'],
    ['"asked for"', 'Redmond giant Microsoft asked for a board observer seat this week.'],
    ['"ask for at least"', 'Analysts would expect Microsoft to ask for at least a seat as an observer.'],
    ['"wants"', 'Microsoft wants a non-voting observer seat on the board, people close to it said.'],
    ['"sought"', 'Microsoft sought an observer seat in the talks, one person said.'],
    ['"a request for"', 'Microsoft made a request for an observer seat on Tuesday.'],
  ]);
  found([
    [
      'a seat got',
      'Microsoft took a non-voting observer seat on the board.',
      [['microsoft-board-observer', 'non-voting observer']],
    ],
    [
      'a wish elsewhere in the sentence',
      'Microsoft, which wanted stability above all, got a non-voting observer seat.',
      [['microsoft-board-observer', 'non-voting observer']],
    ],
  ]);
});
