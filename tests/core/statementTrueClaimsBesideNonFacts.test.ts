import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Claims the page plainly states beside the wordings the non-fact rules look for: two groups that give
 * no versions, "either" the determiner, an "or" of numbers, a belief whose clause does not reach the act,
 * a return that happens to be followed by a span, a wall that is a newspaper's name.
 */

const PRESIDENT = "Greg Brockman was OpenAI's president.";

describe('two groups that give no versions', () => {
  found([
    [
      'acts of each group, then the act',
      'Some investors had pushed for a change and other executives had threatened to leave, and on Friday Brockman quit.',
      [['brockman-exit', 'quit']],
    ],
    [
      '"have" an auxiliary, the act timing it',
      'Some staff have left since Altman returned as chief executive, and others have stayed.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
    [
      'the act times one version',
      'Some employees said they were stunned when Brockman quit, and others said they had expected it.',
      [['brockman-exit', 'quit']],
    ],
    [
      'a version beside an act told before it',
      [
        PRESIDENT,
        'After Brockman quit on Friday, some said they were relieved and others said they were angry.',
      ],
      [['brockman-exit', 'quit']],
    ],
    [
      '"had" with its own participle',
      'Some directors had wanted a delay, other directors had resisted, but Microsoft hired Altman on Monday.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['"some had him quitting"', [PRESIDENT, 'Some accounts had him quitting, others say he was pushed.']],
    ['"others put it"', [PRESIDENT, 'Some say he quit; others put it down to a firing.']],
  ]);
});

describe('"either" the determiner and "or" that opens no branch', () => {
  found([
    [
      '"on either report", "two or three"',
      'Microsoft, which did not comment on either report, hired Altman on Monday, according to two or three people familiar with the matter.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
    [
      '"in either event", "three or four"',
      'In either event, Altman returned as chief executive, with a board of three or four members.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
    [
      '"for either man", "or so"',
      'With little sympathy for either man, Microsoft hired Altman within a day or so.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['"or else"', 'Either the board resigns and Altman returns as chief executive, or else the staff walk.'],
    ['"or" before a name', 'Either Altman returns as chief executive or Microsoft takes the staff.'],
  ]);
});

describe('a belief whose clause does not reach the act', () => {
  found([
    [
      '"think twice", "after"',
      'Founders will think twice after Microsoft hired Altman.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
    [
      '"because" ends the belief',
      'Investors may conclude the worst is over because Altman returned as chief executive.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
    [
      'overruled by the writer',
      'Few would believe that Altman returned within five days, but he did.',
      [['altman-returns-as-ceo', 'returned']],
    ],
    [
      '"since" ends the belief',
      'Readers might assume the worst, since Brockman quit that night.',
      [['brockman-exit', 'quit']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['"asked when" stays asked', 'Reporters asked when Altman would return as chief executive.'],
    ['a belief that reaches the act', 'Few would believe that Altman returned within five days.'],
  ]);
});

describe('"back" beside a span or a wall that is a name', () => {
  found([
    [
      '"came back" before a span',
      'Altman came back months before the investigation ended.',
      [['altman-returns-as-ceo', 'came back']],
    ],
    [
      '"came back" a span into something',
      'Altman came back three months into a sabbatical.',
      [['altman-returns-as-ceo', 'came back']],
    ],
    [
      'the Wall Street Journal',
      'Altman came back to the Wall Street Journal conference.',
      [['altman-returns-as-ceo', 'came back']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['"go way back"', 'Altman and Brockman go way back at OpenAI.'],
    ['"back against a wall"', 'With his back against a wall, Altman called Nadella.'],
  ]);
});
