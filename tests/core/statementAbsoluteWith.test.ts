import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * An absolute phrase opening its clause ("With Altman back, …", "with him reinstated, …") takes the act as
 * given. For the return it is still the return stated (round 25's decision), marked from its "with"; a
 * counterfactual main clause makes it a condition. Other acts ("With Altman out, …") stay background.
 * Every sentence is invented.
 */

describe('"With X back," opening a clause states the return, the whole phrase marked', () => {
  found([
    [
      'a report: "With Altman back,"',
      'With Altman back, the sale is expected to proceed.',
      [['altman-returns-as-ceo', 'With Altman back']],
    ],
    [
      'a commenter: "back in charge"',
      'With Sam Altman back in charge, investors relaxed.',
      [['altman-returns-as-ceo', 'With Sam Altman back in charge']],
    ],
    [
      'a pronoun, "reinstated"',
      ['Sam Altman spoke to staff.', 'With him reinstated, the board was rebuilt.'],
      [['altman-returns-as-ceo', 'With him reinstated']],
    ],
    [
      'after ", and"',
      'Investors cheered, and with Altman back, the tender offer went ahead.',
      [['altman-returns-as-ceo', 'with Altman back']],
    ],
    [
      'an analyst: "restored", a main clause of opinion',
      'With Altman restored, analysts think the deal proceeds.',
      [['altman-returns-as-ceo', 'With Altman restored']],
    ],
    [
      '"back as chief executive"',
      'With Altman back as chief executive, OpenAI named a new board.',
      [['altman-returns-as-ceo', 'With Altman back as chief executive']],
    ],
    [
      'near miss kept as it was: "with" inside the clause, no comma after',
      'OpenAI struck a deal with Altman back on Tuesday.',
      [['altman-returns-as-ceo', 'back']],
    ],
    [
      'near miss kept as it was: the return stated outright',
      'Altman is back, and the sale is expected to proceed.',
      [['altman-returns-as-ceo', 'is back']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a counterfactual main clause', 'With Altman back, the staff would stay, the letter argued.'],
    ['a condition before it', 'If the board relents, with Altman back, the staff will stay.'],
    ['a question', 'With Altman back, could the sale go ahead?'],
    ['a question with the phrase after', 'Would the sale go ahead with Altman back?'],
  ]);
  found([['near miss: another act, "out", stays background', 'With Altman out, the deal looked shaky.', []]]);
});
