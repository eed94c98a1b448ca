import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 21's word families and clause shapes of statements: a unit new by the clause after its head,
 * candour denied "with the board", the chairmanship handed over or over, the pair declared Microsoft
 * employees, "running the place again", the interim post given to Shear, regret as a noun of his, a
 * push that is no demand, the reporter's hedge, a name in apposition after a description, a label in
 * parentheses. Each beside near-misses. Every sentence is invented.
 */

describe('a unit new by the clause after its head', () => {
  found([
    [
      '"being set up for them"',
      'Altman and Brockman will head an AI research group being set up for them at Microsoft.',
      [['microsoft-new-unit', 'AI research group being set up']],
    ],
    [
      '"to be formed"',
      'Altman will lead an AI research group to be formed at Microsoft.',
      [['microsoft-new-unit', 'AI research group to be formed']],
    ],
    [
      '"that Microsoft is setting up for him"',
      'Altman will lead a research group that Microsoft is setting up for him.',
      [['microsoft-new-unit', 'research group that Microsoft is setting up']],
    ],
    [
      '"Microsoft has created for him"',
      'Altman will take charge of an AI research division Microsoft has created for him.',
      [['microsoft-new-unit', 'AI research division Microsoft has created']],
    ],
    [
      '"being assembled"',
      'Altman is to lead a research division being assembled at Microsoft.',
      [['microsoft-new-unit', 'research division being assembled']],
    ],
    [
      'a place between the head and its topic',
      'Altman would lead a newly established team at the U.S. software giant dedicated to advanced AI research.',
      [
        [
          'microsoft-new-unit',
          'newly established team at the U.S. software giant dedicated to advanced AI research',
        ],
      ],
    ],
    [
      '"an advanced AI research group": the unit, not the hire',
      'Altman and Brockman are to head an advanced AI research group at Microsoft.',
      [['microsoft-new-unit', 'advanced AI research group']],
    ],
  ]);
  unmarked('microsoft-new-unit', [
    ['a group set up years ago', 'Altman visited a research group set up in 2019 at Microsoft.'],
    ['a group formed long ago', 'Altman used to lead a research group that was formed in 2015.'],
    ['a conference, not a unit', 'Altman spoke at a conference in Seattle dedicated to AI research.'],
    ['an old unit', 'Microsoft has a long-established AI research team.'],
  ]);
});

describe('candour denied with the board, and the board misled', () => {
  found([
    [
      '"wasn\'t straight with its board"',
      "OpenAI said Altman wasn't straight with its board.",
      [['firing-reason', "wasn't straight with its board"]],
    ],
    [
      '"not honest with directors"',
      'The board said Altman was not honest with directors.',
      [['firing-reason', 'not honest with directors']],
    ],
    [
      '"not upfront with the board"',
      'Altman had not been upfront with the board, the statement said.',
      [['firing-reason', 'not been upfront with the board']],
    ],
    [
      '"kept the board in the dark"',
      'The board believed Altman kept the board in the dark.',
      [['firing-reason', 'kept the board in the dark']],
    ],
    [
      '"misled the board"',
      'The directors concluded Altman had misled the board.',
      [['firing-reason', 'had misled the board']],
    ],
    [
      '"misleading directors"',
      'The board accused Altman of misleading directors.',
      [['firing-reason', 'misleading directors']],
    ],
  ]);
  unmarked('firing-reason', [
    ['straight with reporters', 'Altman was straight with reporters about his plans.'],
    ['honest, said of himself', 'Altman said he had been honest with the board.'],
    ['misled no one', 'The board said Altman had not misled anyone.'],
    ['the board misled him', 'Altman said the board had misled him.'],
    ['never candid, of the board', 'tbh the board has never been candid with employees about any of this'],
  ]);
});

describe('the chairmanship handed over, over, taken away', () => {
  found([
    [
      '"hand over the board chairmanship"',
      'Brockman would hand over the board chairmanship.',
      [['brockman-exit', 'would hand over the board chairmanship']],
    ],
    [
      '"ceded the board chair"',
      'Brockman ceded the board chair to Bret Taylor.',
      [['brockman-exit', 'ceded the board chair to Bret Taylor']],
    ],
    [
      '"his chairmanship was over"',
      'The board announced that Brockman’s chairmanship was over.',
      [['brockman-exit', 'chairmanship was over']],
    ],
    [
      '"tenure as chairman was over"',
      "The board said Brockman's tenure as chairman was over.",
      [['brockman-exit', 'tenure as chairman was over']],
    ],
    [
      '"took away his seat as chairman"',
      "The board's Friday announcement took away Brockman's seat as chairman.",
      [['brockman-exit', "took away Brockman's seat as chairman"]],
    ],
    [
      'a title before the name after "from"',
      'The same statement took the chairmanship away from co-founder Greg Brockman.',
      [['brockman-exit', 'took the chairmanship away']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a title handed over, not the chair', 'Brockman handed over the president title to Altman.'],
    ['a meeting that was over', 'The board meeting was over by noon, Brockman said.'],
  ]);
});

describe('the pair declared Microsoft employees', () => {
  found([
    [
      '"declared X and Y Microsoft employees"',
      'Satya Nadella declared Altman and Greg Brockman Microsoft employees.',
      [['altman-joins-microsoft', 'declared Altman and Greg Brockman Microsoft employees']],
    ],
    [
      '"were Microsoft employees now"',
      'Nadella let it be known that Altman and Brockman were Microsoft employees now.',
      [['altman-joins-microsoft', 'were Microsoft employees']],
    ],
    [
      '"had become Microsoft employees"',
      'By Monday Altman and Brockman had become Microsoft employees.',
      [['altman-joins-microsoft', 'had become Microsoft employees']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['employees he met', 'Altman met Microsoft employees in Seattle.'],
    ['employees he told', 'Altman told Microsoft employees about the plan.'],
    ['once employees', 'Altman and Brockman were former Microsoft employees, a rival claimed.'],
    // Four annotators (h241, h343, h351, h482) leave "has a new employer" unmarked, one (h11) marks it.
    ['a new employer', 'The founder of the company behind ChatGPT, Sam Altman, now has a new employer.'],
    ['a new employer, Microsoft named', 'By Monday Altman had a new employer: Microsoft.'],
  ]);
});

describe('running the place again, the interim post given, regret as his', () => {
  found([
    [
      '"running the place again"',
      'By Wednesday, Altman was running the place again.',
      [['altman-returns-as-ceo', 'was running the place again']],
    ],
    [
      '"running the show again"',
      'Altman is running the show again.',
      [['altman-returns-as-ceo', 'is running the show again']],
    ],
    [
      '"given the interim post to"',
      'The directors had given the interim post to Emmett Shear.',
      [['shear-appointment', 'had given the interim post to Emmett Shear']],
    ],
    [
      '"handed the caretaker role to"',
      'OpenAI handed the caretaker role to Emmett Shear.',
      [['shear-appointment', 'handed the caretaker role to Emmett Shear']],
    ],
    [
      '"a deep regret of his"',
      'Sutskever said his part in the ouster was a deep regret of his.',
      [['sutskever-regret', 'regret of his']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['the place, not again', 'Altman was running the place until Friday.'],
    ['a show he watches', 'Altman is watching the show again.'],
  ]);
});

describe('a push is not the letter’s demand', () => {
  found([
    [
      'the demand itself',
      'Staff demanded that the board bring Altman back.',
      [['staff-letter-demand', 'demanded that the board bring Altman back']],
    ],
    [
      'a push with the threat beside it',
      'Employees pushed to bring Altman back, threatening to quit.',
      [['staff-letter-demand', 'pushed to bring Altman back, threatening to quit']],
    ],
    [
      'a push aimed at the board, in headline grammar',
      'Employees pushed the board to reinstate Altman.',
      [['staff-letter-demand', 'pushed the board to reinstate Altman']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    [
      '"pressing to bring him back"',
      'Over the weekend she was among the employees pressing to bring him back.',
    ],
    ['"were pushing to"', 'Over the weekend, employees were pushing to bring Altman back.'],
    ['"pushing hard to"', 'Staff kept pushing hard to bring Altman back.'],
    ['"lobbying to"', 'Employees have been lobbying to reinstate Altman.'],
    ['"campaigned to"', 'Researchers campaigned to restore Altman.'],
    ['signers pushing', 'Staff who signed the letter kept pushing to bring Altman back.'],
  ]);
});

describe('the letter pushing is the letter’s demand (review21 #29)', () => {
  found([
    [
      '"a letter pushing to"',
      'More than 700 staff signed a letter pushing to bring Altman back.',
      [['staff-letter-demand', 'pushing to bring Altman back']],
    ],
    [
      'the letter the subject, "was pressing to"',
      'The letter, signed by 700 employees, was pressing to reinstate Altman and Brockman.',
      [['staff-letter-demand', 'pressing to reinstate Altman and Brockman']],
    ],
    [
      '"circulated a letter pressing to"',
      'Employees circulated a letter pressing to restore Altman as CEO.',
      [['staff-letter-demand', 'pressing to restore Altman']],
    ],
  ]);
});

describe('the reporter’s hedge is no threat', () => {
  const LETTER = 'Hundreds of staff signed a letter on Monday.';
  found([
    [
      'staff say they could soon follow',
      `${LETTER} Staff say they could soon follow him there.`,
      [['staff-letter-demand', 'could soon follow him']],
    ],
    [
      'a hedge under a condition',
      `${LETTER} Staff could soon follow him unless the board resigns.`,
      [['staff-letter-demand', 'could soon follow him unless the board resigns']],
    ],
    [
      'the modal alone',
      `${LETTER} OpenAI employees may follow him there.`,
      [['staff-letter-demand', 'may follow him']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['"may be about to follow"', `${LETTER} Many OpenAI employees may be about to follow him there.`],
    ['"could soon follow"', `${LETTER} Many OpenAI employees could soon follow him there.`],
    ['"may well follow"', `${LETTER} Many OpenAI employees may well follow him there.`],
    ['analysts said it after', `${LETTER} Many could soon follow him to Microsoft, analysts said.`],
    [
      'according to people, not the letter',
      `${LETTER} Others may well join him at Microsoft, according to people familiar with the matter.`,
    ],
  ]);
});

describe('the letter says it after the modal (review21 #21)', () => {
  found([
    [
      '", the letter warned"',
      'Hundreds of employees could soon follow him to Microsoft, the letter warned.',
      [['staff-letter-demand', 'could soon follow him']],
    ],
    [
      '", the signatories wrote", and "also" is no hedge',
      'Staff may also leave for Microsoft, the signatories wrote in the letter to the board.',
      [['staff-letter-demand', 'may also leave for Microsoft']],
    ],
    [
      '"according to the letter"',
      'Many more could well follow Altman to Microsoft, according to the letter.',
      [['staff-letter-demand', 'could well follow Altman']],
    ],
  ]);
});

describe('a name in apposition after a description, a label in parentheses', () => {
  found([
    [
      '"His co-founder, Greg Brockman, resigned"',
      'His co-founder, Greg Brockman, resigned in protest that evening.',
      [['brockman-exit', 'resigned in protest']],
    ],
    [
      '"(ex-Twitch)" between object and complement',
      'Board names Emmett Shear (ex-Twitch) interim CEO',
      [['shear-appointment', 'names Emmett Shear (ex-Twitch) interim CEO']],
    ],
    [
      '"(Twitch)"',
      'OpenAI names Emmett Shear (Twitch) interim chief',
      [['shear-appointment', 'names Emmett Shear (Twitch) interim chief']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['the name is the object', 'His co-founder, Greg Brockman, said Altman had resigned.'],
  ]);
  unmarked('shear-appointment', [
    ['a label, no post', 'Reporters asked Emmett Shear (ex-Twitch) about the interim board.'],
  ]);
});

/*
 * review21 #19, #20, #22, #23, #24: the candour denied is denied to the board, named (a pronoun's
 * a pronoun closing the wording needs the board named before it; the act's "misled it" is left out); "were never Microsoft
 * employees" is denied; a chair handed over is of the board, not of a meeting; a superlative regret
 * has no object to check; "running things again" has no place. Invented near-misses.
 */
describe('review21: candour, employees, chair, regret and running again, each checked', () => {
  unmarked('firing-reason', [
    [
      'the board keeps someone in the dark',
      'The board kept them in the dark for days, employees complained.',
    ],
    ['candour denied to reporters', 'Altman was not straight with reporters about his plans on Sunday.'],
    [
      'directors not upfront with Microsoft',
      'Directors were not upfront with Microsoft, which learned late.',
    ],
    ['another body misled', 'The Senate committee says Altman misled it in his May 2023 testimony.'],
    [
      'not honest with them, investors',
      'Investors said Altman was not honest with them about the chips venture.',
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['never employees', 'Altman and Brockman were never Microsoft employees, it turned out.'],
    ["weren't employees", "Altman and Brockman weren't Microsoft employees after all."],
    ['no longer employees', 'Altman and Brockman were no longer Microsoft employees by Wednesday.'],
  ]);
  unmarked('brockman-exit', [
    ["a meeting's chair", 'Brockman handed over the chair of the meeting to Sutskever.'],
    ["a panel's chair", 'Brockman ceded the chair of the panel discussion to Murati.'],
    ["the chair's gavel", "Brockman passed the chair's gavel to Taylor."],
  ]);
  unmarked('sutskever-regret', [
    [
      'a regret about something else',
      "Sutskever's biggest regret, he told friends, was not publishing sooner.",
    ],
    [
      'a deepest regret of another kind',
      'His deepest regret is never having learned to sail, Sutskever says.',
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['running things at another company', 'Altman is running things again at his nuclear start-up Oklo.'],
    ['the show at another company', 'Altman is running the show again at his nuclear start-up Oklo.'],
    ['the business elsewhere', 'Altman was running the business again at a fusion company.'],
  ]);
  found([
    [
      '"with them", the board named before',
      'Directors said Altman had not been honest with them for months.',
      [['firing-reason', 'not been honest with them']],
    ],
    [
      '"with it", the board named before',
      "The board's statement says Altman wasn't straight with it.",
      [['firing-reason', "wasn't straight with it"]],
    ],
    [
      'kept the directors in the dark',
      'Altman kept the directors in the dark about the deal, the board said.',
      [['firing-reason', 'kept the directors in the dark']],
    ],
    [
      'now Microsoft employees',
      'Altman and Brockman were now Microsoft employees.',
      [['altman-joins-microsoft', 'were now Microsoft employees']],
    ],
    [
      'the chair handed to a person',
      'Brockman handed over the chair to Bret Taylor.',
      [['brockman-exit', 'handed over the chair to Bret Taylor']],
    ],
    [
      'running the place again',
      'Within a week Altman was running the place again.',
      [['altman-returns-as-ceo', 'was running the place again']],
    ],
  ]);
});
