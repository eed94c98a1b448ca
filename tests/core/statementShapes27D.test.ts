import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 27 (D): the board's lost confidence told as a spent state ("their faith in him had run out") and
 * a second clause of the same report opened by a noun phrase ("…, and said its members had lost
 * confidence"); Brockman done with the company, chucking in "the job", bounced from the chair, his days
 * as chairman over; a post with a time phrase after it speaking of regret; and the company told whole
 * as the staff who threaten to walk. Every sentence is invented.
 */

const SIGNED = 'Ilya Sutskever posted on X on Monday.';

describe("the board's confidence told as spent", () => {
  found([
    [
      'faith that had run out',
      'The directors said their faith in Altman had run out.',
      [['firing-reason', 'faith in Altman had run out']],
    ],
    [
      'confidence that was spent',
      'A statement said the board’s confidence in him was spent.',
      [['firing-reason', 'confidence in him was spent']],
    ],
    [
      'trust declared gone',
      'The board declared its trust in his leadership gone.',
      [['firing-reason', 'trust in his leadership gone']],
    ],
    [
      'confidence that had evaporated, after a shortfall in the same report',
      'The directors wrote that Altman had been less than straight with them and that their confidence in him had evaporated.',
      [['firing-reason', 'less than straight with them and that their confidence in him had evaporated']],
    ],
    [
      'the second clause of one report opened by its own subject',
      'The board accused him of being less than forthcoming, and said its directors had lost confidence in him.',
      [['firing-reason', 'less than forthcoming, and said its directors had lost confidence']],
    ],
    [
      'kept the board less than fully informed',
      'The board ousted Altman, saying he had kept the directors less than fully informed.',
      [['firing-reason', 'kept the directors less than fully informed']],
    ],
  ]);
  unmarked('firing-reason', [
    ['another object of trust', 'Investors said their confidence in Microsoft had run out.'],
    ['a question', 'Had the board’s faith in Altman really run out?'],
    ['a condition', 'If the board’s trust in him runs out, he will go.'],
  ]);
});

describe('Brockman done with the company, out of the job or the chair', () => {
  found([
    [
      'done with the company',
      'Greg Brockman wrote that he was done with OpenAI.',
      [['brockman-exit', 'he was done']],
    ],
    [
      'chucked in the job',
      'Greg Brockman chucked in the job that night.',
      [['brockman-exit', 'chucked in the job']],
    ],
    [
      'bounced from the chair',
      'Greg Brockman was bounced from the chair by the same statement.',
      [['brockman-exit', 'was bounced from the chair']],
    ],
    [
      'his days as chairman over',
      'Greg Brockman learned that his days as board chair were over.',
      [['brockman-exit', 'days as board chair were over']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['done with something else', 'Greg Brockman said he was done with the interview.'],
    ['done with a question', 'Was Greg Brockman done with OpenAI?'],
    ['another person bounced', 'Emmett Shear was bounced from the chair of a charity.'],
    ['days numbered, not over', 'Greg Brockman sensed that his days as chairman were numbered.'],
  ]);
});

describe('a post with a time phrase after it speaks of regret', () => {
  found([
    [
      '"His post this morning spoke of"',
      [SIGNED, 'His post this morning spoke of deep regret for his part in the vote.'],
      [['sutskever-regret', 'spoke of deep regret for his part in the vote']],
    ],
    [
      '"his X post that Monday wrote of"',
      [SIGNED, 'His X post that Monday wrote of deep regret over his role in the firing.'],
      [['sutskever-regret', 'wrote of deep regret over his role in the firing']],
    ],
    [
      '"his statement on Monday talked of"',
      [SIGNED, 'His statement on Monday talked of real regret for joining the board’s action.'],
      [['sutskever-regret', 'talked of real regret for joining the board’s action']],
    ],
    [
      '"his post late on Monday expressed"',
      [SIGNED, 'His post late on Monday expressed remorse for his participation in the board’s actions.'],
      [['sutskever-regret', 'expressed remorse for his participation in the board’s actions']],
    ],
  ]);
  unmarked('sutskever-regret', [
    [
      'a post that speaks of something else',
      [SIGNED, 'His post this morning spoke of the board’s decision.'],
    ],
    ['another person’s regret', [SIGNED, 'His post this morning spoke of Altman’s regret.']],
    ['a post that does not act', [SIGNED, 'His post that Monday quit the board.']],
  ]);
});

describe('the company told whole as the staff who threaten', () => {
  found([
    [
      '"nearly the whole company"',
      'Nearly the whole company threatened to walk.',
      [['staff-letter-demand', 'threatened to walk']],
    ],
    [
      '"the entire company … unless"',
      'The entire company threatened to quit unless the board resigned.',
      [['staff-letter-demand', 'threatened to quit unless the board resigned']],
    ],
    [
      '"virtually the entire firm"',
      'Virtually the entire firm threatened to follow Altman to Microsoft.',
      [['staff-letter-demand', 'threatened to follow Altman']],
    ],
    [
      '"the whole startup"',
      'By Monday the whole startup had threatened to resign.',
      [['staff-letter-demand', 'threatened to resign']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['the whole company doing something else', 'The whole company gathered in the lobby.'],
    ['another company named', 'The whole Microsoft team threatened to walk.'],
    ['what did not happen', 'The whole company would have left.'],
  ]);
});

describe('"left out of" the decision is no departure', () => {
  unmarked('brockman-exit', [
    ['an absolute clause', 'Four directors voted, with Greg Brockman, the sixth member, left out of it.'],
    ['an apposition', 'Greg Brockman, left out of the vote, learned of it by text.'],
    ['a bare participle', 'Greg Brockman said he felt left out of the decision.'],
  ]);
  found([
    [
      'near miss: left OpenAI',
      'Greg Brockman, left out of the vote, left OpenAI that night.',
      [['brockman-exit', 'left OpenAI']],
    ],
  ]);
});

describe("the ultimatum's staff as a squad or crew that transfers", () => {
  found([
    [
      '"or the crew switches to"',
      "The staff's terms: resign, bring back Altman, or the crew switches to Microsoft.",
      [['staff-letter-demand', 'terms: resign, bring back Altman, or the crew switches to Microsoft']],
    ],
    [
      '"or the whole squad transfers to"',
      'The employees told the directors: step down, reinstate Sam, or the whole squad transfers to Microsoft.',
      [['staff-letter-demand', 'step down, reinstate Sam, or the whole squad transfers to Microsoft']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['a move announced, no ultimatum', 'Microsoft said the whole squad transfers to its new unit next week.'],
    ['another team', 'Our squad transfers to the new office in May.'],
    ['a question', 'Would the whole squad really transfer to Microsoft?'],
  ]);
});

describe('the lost confidence carried on in the same report is the mark already made', () => {
  found([
    [
      '"; trust …, it added, was gone"',
      'The board said Altman had not been consistently candid with it; trust in his leadership, it added, was gone.',
      [['firing-reason', 'not been consistently candid']],
    ],
    [
      '", and their confidence … had evaporated"',
      'Altman, they said, had not been candid with them, and their confidence in his leadership had evaporated.',
      [['firing-reason', 'not been candid with them, and their confidence in his leadership had evaporated']],
    ],
    [
      '", and the directors said their confidence …"',
      'He had not been forthcoming with the board, and the directors said their confidence in him was gone.',
      [
        [
          'firing-reason',
          'not been forthcoming with the board, and the directors said their confidence in him was gone',
        ],
      ],
    ],
  ]);
  found([
    [
      '"It added that …" in the next sentence',
      'The board said Altman had not been consistently candid with it. It added that its trust in him was gone.',
      [['firing-reason', 'not been consistently candid']],
    ],
    [
      '"They said …" in the next sentence',
      'In the directors’ account he was not straight with them. They said their faith in him had run out.',
      [['firing-reason', 'not straight with them']],
    ],
    [
      '"It also said …" in the next sentence',
      'The statement faulted Altman for a lack of candour. It also said confidence in his leadership had evaporated.',
      [['firing-reason', 'lack of candour']],
    ],
  ]);
  found([
    [
      'near miss: a named person says it in the next sentence',
      'The board said Altman was not candid. Helen Toner said her trust in him had run out.',
      [
        ['firing-reason', 'not candid'],
        ['firing-reason', 'trust in him had run out'],
      ],
    ],
    [
      'near miss: the next sentence is told by nobody again',
      'The board said Altman was not candid. Its confidence in him had run out.',
      [
        ['firing-reason', 'not candid'],
        ['firing-reason', 'confidence in him had run out'],
      ],
    ],
    [
      'near miss: another person says it after the semicolon',
      'The board said Altman was not candid; Helen Toner said he had not been candid with the board.',
      [
        ['firing-reason', 'not candid'],
        ['firing-reason', 'not been candid'],
      ],
    ],
  ]);
});

describe('"without" the company threatening is no threat', () => {
  unmarked('staff-letter-demand', [
    [
      'a board acting without a threat',
      'A board should be able to fire a CEO without the whole company threatening to leave.',
    ],
    ['without the staff threatening', 'Boards rarely act without staff threatening to quit.'],
    ['without anyone vowing', 'The directors hoped to finish without the entire firm vowing to walk.'],
  ]);
});
