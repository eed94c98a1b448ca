import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A frame's excluded word ("board": he came back to the board, not to the job) shuts the act out only
 * where it is the act's; as the subject of a second clause the sentence joins on ("Altman is back and
 * the board is gone") it is another fact, and the return stands. Every sentence is invented.
 */

describe('the excluded word as the subject of the next clause', () => {
  found([
    [
      '"is back and the board is gone"',
      'Altman is back and the board is gone.',
      [['altman-returns-as-ceo', 'is back']],
    ],
    [
      '"came back, but the board was rebuilt"',
      'Sam Altman came back, but the board was rebuilt around him.',
      [['altman-returns-as-ceo', 'came back']],
    ],
    [
      '"returned and the directors have left"',
      'In the end Altman returned and the directors have left.',
      [['altman-returns-as-ceo', 'returned']],
    ],
    [
      '"is back while the board is smaller"',
      "Altman's back while the board is smaller than it was.",
      [['altman-returns-as-ceo', "'s back"]],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['back on the board', 'Altman is back on the board.'],
    ['back on the board, then a clause', 'Altman is back on the board and the company is calm.'],
    ['returned to the board', 'Altman returned to the board in March.'],
    ['"back and the board" with no verb after', 'Altman is back in talks and the board too.'],
  ]);
});
