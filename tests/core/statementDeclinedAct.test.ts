import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 26: "declined to" before an act says it was not done, as "refused to" does ("the board
 * declined to bring back Altman"); "declined" alone is a fall ("shares declined") and leaves the act
 * after it stated. Every sentence is invented.
 */

describe('"declined to <act>" is a refusal, not the act', () => {
  unmarked('altman-returns-as-ceo', [
    ['a report', 'On Sunday the board declined to bring back Altman.'],
    ['a headline', 'OpenAI board declines to reinstate ousted CEO Altman'],
    ['a participle', 'Declining to rehire Altman, the directors named Emmett Shear instead.'],
    [
      'a wire lede',
      'The directors, under pressure from investors, declined to restore Altman as chief executive.',
    ],
  ]);
  unmarked('altman-joins-microsoft', [['another act', 'Microsoft declined to hire Altman outright.']]);
  found([
    [
      '"declined" as a fall, before a clause of time',
      'Microsoft shares declined after OpenAI brought back Altman.',
      [['altman-returns-as-ceo', 'brought back Altman']],
    ],
    [
      '"declined" as a fall, the act first',
      'Microsoft hired Altman on Sunday, and its shares declined the next morning.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
    [
      'the refusal in a sentence of its own',
      'The board declined to comment. It brought back Altman on Wednesday.',
      [['altman-returns-as-ceo', 'brought back Altman']],
    ],
  ]);
});
