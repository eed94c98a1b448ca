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

/*
 * The pronoun of "with him back" whose own sentence describes him before it ("while the CEO was away;
 * with him back, …"): it means that description's person (the one the page names), not the last person
 * named blocks further up (a chairman), when the block before names no one.
 */
const FURTHER_UP = ['Bret Taylor ended the week as chairman of the new board.', 'The money'];
describe('"with him back" after its sentence describes him, someone else named last further up', () => {
  found([
    [
      'a report: "while the CEO was away; with him back,"',
      [
        ...FURTHER_UP,
        'The tender offer stalled while the CEO was away; with him back, it resumed at a higher price.',
      ],
      [['altman-returns-as-ceo', 'with him back']],
    ],
    [
      'after ", and": "with him reinstated"',
      [
        ...FURTHER_UP,
        'Staff had stopped answering recruiters once the chief executive was fired, and with him reinstated, they stayed put.',
      ],
      [['altman-returns-as-ceo', 'with him reinstated']],
    ],
    [
      'a commenter, lower case, no full stop',
      [
        ...FURTHER_UP,
        "the whole tender was dead the minute the CEO got fired; with him back, suddenly it's on again",
      ],
      [['altman-returns-as-ceo', 'with him back']],
    ],
    [
      'a table cell: "with him restored"',
      [...FURTHER_UP, 'Share sale: paused while the CEO was out; with him restored, going ahead.'],
      [['altman-returns-as-ceo', 'with him restored']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      'a counterfactual main clause',
      [...FURTHER_UP, 'The tender stalled while the CEO was away; with him back, it would resume.'],
    ],
    [
      'another act, "gone"',
      [...FURTHER_UP, 'The tender stalled when the CEO was pushed out; with him gone, buyers walked.'],
    ],
    [
      'a question',
      [...FURTHER_UP, 'The tender stalled while the CEO was away; with him back, will it resume?'],
    ],
    [
      'a chairman described',
      [...FURTHER_UP, 'The vote waited while the chairman was away; with him back, the board met.'],
    ],
    [
      'a chief scientist described',
      [...FURTHER_UP, 'The tender stalled while the chief scientist was away; with him back, it resumed.'],
    ],
    [
      'another chief executive named further up: "the CEO" may be his',
      [
        'Salesforce chief Marc Benioff offered jobs to OpenAI staff.',
        'The money',
        'The tender stalled while the CEO was away; with him back, it resumed.',
      ],
    ],
  ]);
});

/*
 * A description whose own clause tells of his removal ("when the CEO was out", "after the chief executive
 * was fired") is the one removed, as "the ousted chief executive" is: another chief executive named on the
 * page (a rival's) does not make it ambiguous, so "with him back" after it is the return.
 */
const OTHER_CHIEF = ['Salesforce chief Marc Benioff offered jobs to OpenAI staff.', 'The money'];
describe('"with him back" after a description told as removed in its own clause', () => {
  found([
    [
      'a report: "when the CEO was out;"',
      [
        ...OTHER_CHIEF,
        'The tender offer stalled when the CEO was out; with him back, it resumed at a higher price.',
      ],
      [['altman-returns-as-ceo', 'with him back']],
    ],
    [
      '"after the chief executive was fired, and with him reinstated"',
      [
        ...OTHER_CHIEF,
        'Recruiters circled after the chief executive was fired, and with him reinstated, most staff stayed.',
      ],
      [['altman-returns-as-ceo', 'with him reinstated']],
    ],
    [
      'a commenter: "the minute the CEO got pushed out"',
      [...OTHER_CHIEF, "the deal died the minute the CEO got pushed out; with him back, it's alive again"],
      [['altman-returns-as-ceo', 'with him back']],
    ],
    [
      'a table cell: "while the boss was ousted"',
      [...OTHER_CHIEF, 'Share sale: frozen while the boss was ousted; with him restored, going ahead.'],
      [['altman-returns-as-ceo', 'with him restored']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      'away, not removed: "was out of the country"',
      [...OTHER_CHIEF, 'The tender stalled when the CEO was out of the country; with him back, it resumed.'],
    ],
    [
      'a counterfactual main clause',
      [...OTHER_CHIEF, 'The tender stalled when the CEO was out; with him back, it would resume.'],
    ],
    [
      'someone else removed just before',
      [
        ...OTHER_CHIEF,
        "Years ago Twitter's board pushed out Jack Dorsey. The deal stalled when the CEO was out; with him back, it resumed.",
      ],
    ],
    [
      'a question',
      [...OTHER_CHIEF, 'The tender stalled when the CEO was fired; with him back, will it resume?'],
    ],
  ]);
});
