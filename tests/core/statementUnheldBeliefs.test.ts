import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A belief someone will or would hold ("readers will think", "you'd assume", "one might conclude
 * that", "could be forgiven for thinking") is not a fact the page states. A belief the writer holds
 * as a hedge ("I think Brockman quit") and an act beside a belief stay claims.
 */

describe('a belief under a modal', () => {
  unmarked('altman-joins-microsoft', [
    ['"will think"', 'Otherwise readers skimming the list will think Altman worked at Microsoft.'],
    ['"would think"', 'You would think Altman had joined Microsoft for good.'],
  ]);
  unmarked('brockman-exit', [
    ['"\'d assume"', "You'd assume Brockman was fired."],
    ['"might conclude that"', 'One might conclude that Brockman quit in protest.'],
    ['"will probably think"', 'Readers will probably think Brockman resigned.'],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['"forgiven for thinking"', 'You could be forgiven for thinking Altman was back at OpenAI.'],
  ]);
  found([
    ['a hedge of the writer', 'I think Brockman quit on Friday night.', [['brockman-exit', 'quit']]],
    ['a hedge set off', 'Brockman, I think, quit on Friday night.', [['brockman-exit', 'quit']]],
    [
      'thinking, then acting',
      'Brockman thought about it overnight and resigned on Friday.',
      [['brockman-exit', 'resigned']],
    ],
    [
      'a belief held beside the act',
      'Staff believed Altman had been treated unfairly, and Brockman quit.',
      [['brockman-exit', 'quit']],
    ],
    [
      'a modal of the act itself',
      'Nadella said Altman would join Microsoft.',
      [['altman-joins-microsoft', 'would join Microsoft']],
    ],
  ]);
});
