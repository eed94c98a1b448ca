import { describe } from 'vitest';
import { found } from './helpers/statementCases.ts';

/*
 * A contrast denies the act after it ("rather than him stepping down", "instead of quitting", "as opposed
 * to resigning", "far from resigning"); the act before it stays stated. Every sentence is invented.
 */

describe('the act after a contrast ("rather than", "instead of", "as opposed to", "far from") is denied', () => {
  found([
    [
      '"instead of quitting"',
      'Greg Brockman was pushed off the board instead of quitting.',
      [['brockman-exit', 'was pushed off the board']],
    ],
    [
      '"as opposed to him resigning"',
      ['Greg Brockman was a co-founder.', 'The board removed him as chair, as opposed to him resigning.'],
      [['brockman-exit', 'removed him as chair']],
    ],
    [
      '"rather than him stepping down"',
      [
        'Greg Brockman was a co-founder.',
        'I thought the board removed him as chair rather than him stepping down.',
      ],
      [['brockman-exit', 'removed him as chair']],
    ],
    [
      '"Rather than quitting," opening the sentence',
      ['Greg Brockman was a co-founder.', 'Rather than quitting, he was removed as chair.'],
      [['brockman-exit', 'was removed as chair']],
    ],
    [
      '"Far from resigning,"',
      'Far from resigning, Greg Brockman was removed from the board.',
      [['brockman-exit', 'was removed from the board']],
    ],
    [
      'near miss: the act before "rather than" is stated',
      'Greg Brockman quit rather than accept the demotion.',
      [['brockman-exit', 'quit']],
    ],
    [
      'near miss: the act before "instead of" is stated',
      'Greg Brockman quit instead of staying on as president.',
      [['brockman-exit', 'quit']],
    ],
  ]);
});
