import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Acts that are someone else's, or not acts yet: an intention, a group joined to
 * a name by a relative clause, another party's defection. Every sentence is invented.
 */

describe('an intention to act is not the act', () => {
  unmarked('altman-returns-as-ceo', [
    ['"intended to"', 'Late on Sunday Murati told investors that she intended to reinstate Altman.'],
    ['"intends to"', 'The new chair intends to bring Altman back as chief executive.'],
    ['"an intention to"', 'Directors signalled an intention to rehire Altman.'],
  ]);
  found([
    [
      'the act itself beside it',
      'Altman was reinstated as chief executive on Wednesday.',
      [['altman-returns-as-ceo', 'was reinstated as chief executive']],
    ],
  ]);
});

describe('a relative clause about the others joined to a name', () => {
  unmarked('brockman-exit', [
    ['"and other staff who"', 'Greg Brockman and other staff who had quit are also coming back.'],
    ['"and others who"', 'Brockman and several others who resigned in protest will return.'],
  ]);
  found([
    [
      "the name's own relative clause",
      'Greg Brockman, who quit in protest, is coming back.',
      [['brockman-exit', 'quit in protest']],
    ],
  ]);
});

describe("another party's defection is not the staff's threat", () => {
  unmarked('staff-letter-demand', [
    [
      "the board's own allies",
      [
        'Hundreds of staff signed the letter on Monday.',
        "Observers warned that the directors' own allies will defect.",
      ],
    ],
    [
      'investors',
      ['Hundreds of staff signed the letter on Monday.', 'Some said investors would bolt as well.'],
    ],
  ]);
  found([
    [
      "the signers' own threat",
      ['Staff signed a letter demanding that the board resign.', 'Many signers said they would quit.'],
      [
        ['staff-letter-demand', 'demanding that the board resign'],
        ['staff-letter-demand', 'would quit'],
      ],
    ],
  ]);
});

describe("where the staff's ultimatum says they would go is part of the threat", () => {
  unmarked('microsoft-new-unit', [
    [
      '"or we may go work for"',
      [
        'Staff signed a letter to the board.',
        'Resign, reinstate Sam, or we may go work for the new Microsoft subsidiary.',
      ],
    ],
    [
      '"or they will leave for"',
      [
        'Staff signed a letter to the board.',
        'Step down, or they will leave for the new Microsoft research unit.',
      ],
    ],
  ]);
  found([
    [
      'the unit stated',
      'Altman will lead a new Microsoft subsidiary.',
      [['microsoft-new-unit', 'new Microsoft subsidiary']],
    ],
  ]);
});

describe('leading a unit just formed: the unit is the news, not a second hire', () => {
  found([
    [
      '"will run a new … group inside Microsoft"',
      'Nadella says Altman and Brockman will run a new advanced AI research group inside Microsoft.',
      [['microsoft-new-unit', 'new advanced AI research group']],
    ],
    [
      '"will head a newly formed … division at the company"',
      'Nadella announced that Altman will head a newly formed AI research division at Microsoft.',
      [['microsoft-new-unit', 'newly formed AI research division']],
    ],
    [
      'the hire where no unit is named',
      'Altman and Brockman would lead a new group at Microsoft.',
      [['altman-joins-microsoft', 'Altman and Brockman would lead']],
    ],
  ]);
});

describe('a second relative clause ("and who") is the first one\'s', () => {
  found([
    [
      '"who had been … and who afterward expressed regret"',
      'Ilya Sutskever, who had been one of the directors that voted and who afterward expressed regret for it, signed too.',
      [['sutskever-regret', 'expressed regret']],
    ],
    [
      '"afterwards" inside the verb group',
      'Sutskever afterwards regretted his vote.',
      [['sutskever-regret', 'regretted his vote']],
    ],
  ]);
});

describe('a clause opened by "when" or "after" keeps its subject over "and then"', () => {
  found([
    [
      '", when Altman was fired and then brought back"',
      'The panel looked back at 2023, when Altman was fired and then brought back as chief executive.',
      [['altman-returns-as-ceo', 'brought back as chief executive']],
    ],
    [
      '"after Altman was fired and then rehired"',
      'Staff cheered after Altman was fired and then rehired.',
      [['altman-returns-as-ceo', 'rehired']],
    ],
  ]);
});
