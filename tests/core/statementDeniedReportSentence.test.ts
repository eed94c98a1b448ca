import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A report denied in its own clause ("The board has not said that Brockman was out") states nothing,
 * but a negation in the sentence before does not reach across its full stop: "…but gave no details.
 * That statement also said Brockman was out as chairman" opens with a demonstrative, and the "no" of
 * the sentence before is another sentence's. Read alone such a sentence was marked; after a negated
 * sentence it was not. Every sentence is invented; each beside near-misses whose own clause denies.
 */

describe('a negation in the sentence before does not deny the report', () => {
  found([
    [
      'a demonstrative subject after "no details"',
      'Friday’s statement gave no details. That statement also said Brockman was out as chairman.',
      [['brockman-exit', 'out as chairman']],
    ],
    [
      'a memo after "not"',
      'The directors would not elaborate. That memo said Greg Brockman was no longer chairman of the board.',
      [['brockman-exit', 'no longer chairman of the board']],
    ],
    [
      'a release after "no questions"',
      'Directors took no questions. That release said the board had lost confidence in Altman.',
      [['firing-reason', 'lost confidence']],
    ],
    [
      'a blog post after "n’t"',
      'The board didn’t say much. That post confirmed Brockman was out as chairman.',
      [['brockman-exit', 'out as chairman']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['the report denied in its own clause', 'The statement did not say that Brockman was out as chairman.'],
    ['a negation before "what"', 'The board has not said what made Brockman out as chairman.'],
    ['the report denied with "never"', 'The statement never said that Brockman was out as chairman.'],
  ]);
});
