import { describe } from 'vitest';
import { found } from './helpers/statementCases.ts';

/*
 * A regret's mark covers what it is for (regretObject.ts): from the verb through his share in the act
 * ("over his own hand in the ouster", "for taking part in the vote"); another object ("the weather",
 * "the delay") stays outside. Invented lines.
 */

describe('a regret is marked with its object', () => {
  found([
    [
      '"confessed to deep regret over his part in the ouster"',
      'Sutskever confessed to deep regret over his part in the ouster.',
      [['sutskever-regret', 'confessed to deep regret over his part in the ouster']],
    ],
    [
      '"voiced remorse over his own hand in…"',
      'On Monday Sutskever voiced remorse over his own hand in the firing.',
      [['sutskever-regret', 'voiced remorse over his own hand in the firing']],
    ],
    [
      'the object ends before another clause',
      'Sutskever admitted to regret over his role in the firing, and said he would help.',
      [['sutskever-regret', 'admitted to regret over his role in the firing']],
    ],
    [
      'an act noun owned by the board',
      "Sutskever posted that he felt deep regret about the board's move.",
      [['sutskever-regret', "felt deep regret about the board's move"]],
    ],
    [
      'a gerund after "sorry for"',
      'Sutskever said he was sorry for taking part in the vote.',
      [['sutskever-regret', 'was sorry for taking part in the vote']],
    ],
    [
      'near miss: another object stays outside',
      'Sutskever expressed regret over the weather in San Francisco.',
      [['sutskever-regret', 'expressed regret']],
    ],
    [
      'near miss: "for the delay"',
      'Sutskever apologised for the delay.',
      [['sutskever-regret', 'apologised']],
    ],
  ]);
});
