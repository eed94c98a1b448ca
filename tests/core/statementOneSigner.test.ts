import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * One person signing "a letter asking…" is the news; the demand after "letter" only says which letter.
 * Many signers signing it tell the letter's demand. Every sentence is invented.
 */

describe("one person's signing of the letter does not tell its demand", () => {
  unmarked('staff-letter-demand', [
    [
      'a director who voted, then signed "a letter asking that same board to quit"',
      "Ilya Sutskever, the chief scientist, who also had a vote in Friday's decision, signed a letter asking that same board to quit.",
    ],
    [
      '"Even Sutskever signed the letter demanding"',
      'Even Sutskever signed the letter demanding that the directors resign.',
    ],
    [
      '"He later signed the open letter calling on"',
      'He later signed the open letter calling on the board to step down.',
    ],
  ]);
  found([
    [
      'near miss: hundreds of employees sign',
      'Hundreds of employees signed a letter demanding that the directors resign.',
      [['staff-letter-demand', 'demanding that the directors resign']],
    ],
    [
      'near miss: one person among many signers',
      'Sutskever and hundreds of colleagues signed a letter calling on the board to resign.',
      [['staff-letter-demand', 'calling on the board to resign']],
    ],
    [
      'near miss: one person "among those who signed"',
      'Sutskever was among those who signed the letter calling on the board to stand down.',
      [['staff-letter-demand', 'calling on the board to stand down']],
    ],
    [
      'near miss: a count of staff',
      'More than 700 staff signed a letter asking the board to quit.',
      [['staff-letter-demand', 'asking the board to quit']],
    ],
  ]);
});
