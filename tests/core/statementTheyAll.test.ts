import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 26: "they all" after a sentence naming two people means more than those two ("bring back Sam
 * and Greg or they all walk": the staff), so it does not make the pair the subject of the act. "they"
 * and "they both" still mean the two. Every sentence is invented.
 */

describe('"they all" is not the two people just named', () => {
  unmarked('brockman-exit', [
    ['a threat after a demand', 'Staff want the board to rehire Sam and Greg, or they all quit.'],
    [
      'a report of the threat',
      'The memo asked for Altman and Brockman back, saying otherwise they all leave.',
    ],
    ['"they\'d all"', "Reinstate Altman and Brockman or they'd all walk out, the engineers wrote."],
    ['a forum reply', 'Bring back Sam and Greg and the board survives; refuse and they all walk.'],
  ]);
  found([
    [
      '"they" alone still means the two',
      'Altman and Brockman were pushed out, and they walked out together.',
      [['brockman-exit', 'walked out']],
    ],
    [
      '"they both" means the two',
      'Altman and Brockman lost the fight, and they both walked out on Friday.',
      [['brockman-exit', 'walked out']],
    ],
    [
      'a name, not "they all"',
      'Altman was fired and Greg Brockman quit hours later.',
      [['brockman-exit', 'quit']],
    ],
  ]);
});
