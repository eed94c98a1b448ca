import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A reversal is a change of position, not regret for one's part: "Sutskever's U-turn", "Ilya's
 * about-face", "made a volte-face" say he changed sides, which he did by signing the letter, not that
 * he regretted the vote. Regret is stated by its own words ("regrets", "apologised", "remorse").
 */

describe('a reversal noun alone states no regret', () => {
  unmarked('sutskever-regret', [
    ['a U-turn as a subject', "Ilya Sutskever's U-turn was the turning point, for many."],
    ['an about-face in a headline', "Sutskever's about-face"],
    ['an about-turn', 'The Sutskever about-turn stunned the staff.'],
    ['a volte-face', "Sutskever's volte-face came within three days."],
    ['a climbdown', "Ilya Sutskever's climbdown was complete by Monday."],
    ['a reversal', "Sutskever's reversal puzzled his colleagues."],
    ['made a U-turn', 'Sutskever made a U-turn on Monday and signed the letter.'],
    ['did an about-face', 'Sutskever made an about-face over the weekend.'],
  ]);
  found([
    [
      'a reversal with the regret told',
      "Sutskever's U-turn: he says he deeply regrets his part.",
      [['sutskever-regret', 'regrets his part']],
    ],
    [
      'regret beside the reversal',
      'In an about-face, Sutskever said he regretted his vote.',
      [['sutskever-regret', 'regretted his vote']],
    ],
  ]);
});
