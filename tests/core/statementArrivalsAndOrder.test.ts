import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Three general families of news English the statement frames lacked, every sentence invented:
 * - an arrival in a role told with a verb of arriving ("came in as", "arrived as", "came aboard as",
 *   "signed on as", "moved in as"), beside "stepped in as" which the frames had;
 * - an adverb of order inside the verb group ("was first relieved of", "was next named"), as
 *   "was later named" already read;
 * - leaving told with its reason ("left in protest", "was leaving in protest"), as "quit in protest" was.
 * Near-misses: the same verbs with no role, a modal, a question, a threat, a room left.
 */

describe('arrival in a role', () => {
  found([
    [
      'blog "came in as interim chief executive"',
      'Shear came in as interim chief executive.',
      [['shear-appointment', 'came in as interim chief executive']],
    ],
    [
      'wire "moved in as interim chief executive"',
      'Shear moved in as interim chief executive on Sunday night.',
      [['shear-appointment', 'moved in as interim chief executive']],
    ],
    [
      'headline "signs on as chief executive"',
      "Twitch co-founder Emmett Shear signs on as OpenAI's chief executive",
      [['shear-appointment', "signs on as OpenAI's chief executive"]],
    ],
    [
      'feature "came on board as chief executive"',
      'Emmett Shear came on board as chief executive of OpenAI.',
      [['shear-appointment', 'came on board as chief executive of OpenAI']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['no role', 'Shear came in on Monday.'],
    ['another role', 'Shear came in as a consultant.'],
    ['a place, not a role', 'Shear arrived at the OpenAI offices on Monday.'],
    ['"came in for criticism"', 'Shear came in for criticism from staff.'],
    ['a modal', 'Shear may come in as interim chief executive.'],
    ['a question', 'Will Shear come in as interim chief executive?'],
  ]);
});

describe('an adverb of order inside the verb group', () => {
  found([
    [
      '"was first relieved of the chairmanship"',
      'Brockman was first relieved of the chairmanship.',
      [['brockman-exit', 'was first relieved of the chairmanship']],
    ],
    [
      '"was first reinstated"',
      'Altman was first reinstated and then given a board seat.',
      [['altman-returns-as-ceo', 'was first reinstated']],
    ],
    [
      '"was next named"',
      'Shear was next named interim chief executive.',
      [['shear-appointment', 'was next named interim chief executive']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['"first" as an adjective', 'The first reinstated executive was Altman.'],
  ]);
});

describe('leaving, with its reason', () => {
  found([
    [
      'reported "was leaving in protest"',
      'Brockman announced he was leaving in protest.',
      [['brockman-exit', 'was leaving in protest']],
    ],
    [
      '"left in protest"',
      'Greg Brockman left in protest hours later.',
      [['brockman-exit', 'left in protest']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a threat', 'Brockman threatened to leave in protest.'],
    ['a room left', 'Brockman left the room in protest.'],
  ]);
});

/*
 * Restored state told with a verb of placing and "back" ("placed Altman back at the helm", "agreed to
 * place him back at the head of"). Verbs with one form for base, past and participle ("put", "brought")
 * are guarded: with a noun phrase right after their particle ("put back the launch") they are active
 * with that object, not a reduced passive. ("put back" itself stays out: "… and put Sam back" after an
 * imperative reads as a report.)
 */
describe('restored by a verb of placing and "back"', () => {
  found([
    [
      'report "agreed to place him back at the head of"',
      'The board agreed to place him back at the head of OpenAI.',
      [['altman-returns-as-ceo', 'agreed to place him back']],
    ],
    [
      'wire "placed Altman back at the helm"',
      'Investors placed Altman back at the helm.',
      [['altman-returns-as-ceo', 'placed Altman back at the helm']],
    ],
    [
      'passive "was placed back in charge"',
      'Altman was placed back in charge on Wednesday.',
      [['altman-returns-as-ceo', 'was placed back in charge']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['the imperative', 'Put Altman back in charge, the staff wrote.'],
    ['a question', 'Will the board place Altman back?'],
    ['"put back" with its own object', 'Altman put back the launch by a week.'],
    ['"placed back" with its own object', 'Altman placed back the phone.'],
    ['"brought back" with its own object', 'Altman brought back the old team.'],
    ['a thing put back', 'Altman put his phone back in his pocket.'],
  ]);
});

/*
 * Regret told by a verb of lamenting with its object, his own part ("lamented his role in",
 * "bemoaned his part in", "has lamented his vote"), and regret "aired" as it is voiced or expressed.
 * Near-misses: lamenting something else, a role in something else, a denial, a question.
 */
describe('regret as lament over his own part', () => {
  found([
    [
      'review "publicly lamented his role in"',
      'Ilya Sutskever publicly lamented his role in the firing.',
      [['sutskever-regret', 'lamented his role in']],
    ],
    [
      'profile "has lamented his vote"',
      'Ilya Sutskever has lamented his vote ever since.',
      [['sutskever-regret', 'has lamented his vote']],
    ],
    [
      'wire "aired regret"',
      'Ilya Sutskever aired regret over his role in the firing.',
      [['sutskever-regret', 'aired regret over his role in the firing']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['something else lamented', 'Ilya Sutskever lamented the state of AI safety.'],
    ['a role as something else', 'Ilya Sutskever lamented his role as a bystander in AI policy.'],
    ['a denial', 'Ilya Sutskever never lamented his role in the firing.'],
    ['a question', 'Did Ilya Sutskever lament his part in the firing?'],
  ]);
});
