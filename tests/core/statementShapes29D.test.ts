import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 29 (D): the state an act leaves, told instead of the act (a post taken is held, someone put on a
 * payroll is on it, a deal struck is had, a title borne is held); wordings of the data that name an owner
 * ("on Microsoft's payroll"), read as the page's words are; and a claim split by a dash-pair label or by
 * who came along ("with Brockman alongside"). Every sentence is invented.
 */

describe('a post taken, told as held: "has a new job at …", "holds the reins"', () => {
  found([
    [
      '"has a new job at"',
      'As of this morning Sam Altman has a new job at Microsoft.',
      [['altman-joins-microsoft', 'Sam Altman has a new job']],
    ],
    [
      '"now has a role at"',
      'Altman now has a role at Microsoft, Nadella confirmed.',
      [['altman-joins-microsoft', 'Altman now has a role']],
    ],
    [
      '"had a senior role with"',
      'By Monday evening Altman had a senior role with Microsoft.',
      [['altman-joins-microsoft', 'Altman had a senior role']],
    ],
    [
      '"holds a post at"',
      'Altman holds a post at Microsoft for now.',
      [['altman-joins-microsoft', 'Altman holds a post']],
    ],
    [
      '"holds the reins"',
      'Emmett Shear holds the reins this week.',
      [['shear-appointment', 'holds the reins']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['another employer', 'Altman has a new job at Google.'],
    ['a hypothetical', 'Altman would have a job at Microsoft if the talks failed.'],
    ['a question', 'Does Altman have a job at Microsoft yet?'],
    ['a denial', 'Altman does not have a job at Microsoft.'],
    ['an offer, not a post', 'Altman had an offer from Microsoft on Sunday.'],
    ['another person', 'Kevin Scott has a senior role at Microsoft.'],
  ]);
});

describe('a title borne, told as held: "holds the chief scientist title"', () => {
  found([
    [
      '"holds the … title"',
      'Ilya Sutskever holds the chief scientist title.',
      [['sutskever-title', 'holds the chief scientist title']],
    ],
    [
      '"had the … job"',
      'Ilya Sutskever had the chief scientist job at the time.',
      [['sutskever-title', 'had the chief scientist job']],
    ],
    [
      '"held the … post"',
      'Back then Ilya Sutskever held the head scientist post.',
      [['sutskever-title', 'held the head scientist post']],
    ],
    [
      '"has the … role"',
      'Ilya Sutskever has the chief scientist role, the site says.',
      [['sutskever-title', 'has the chief scientist role']],
    ],
  ]);
  unmarked('sutskever-title', [
    ['another holder', 'Jakub Pachocki holds the chief scientist title now.'],
    ['a question', 'Does Ilya Sutskever still hold the chief scientist title?'],
    ['a denial', 'Ilya Sutskever no longer holds the chief scientist title.'],
  ]);
});

describe('someone put on a payroll, told as on it: "were on its payroll now"', () => {
  found([
    [
      '"were on its payroll now"',
      'Microsoft announced that Altman and Brockman were on its payroll now.',
      [['altman-joins-microsoft', 'were on its payroll']],
    ],
    [
      '"was on its payroll", the firm after',
      'By Monday Altman was on its payroll, Microsoft confirmed.',
      [['altman-joins-microsoft', 'was on its payroll']],
    ],
    [
      '"is on Microsoft\'s payroll"',
      'Altman is on Microsoft’s payroll, Nadella said.',
      [['altman-joins-microsoft', 'is on Microsoft’s payroll']],
    ],
    [
      '"were Microsoft\'s employees"',
      'By dawn Altman and Brockman were Microsoft’s employees.',
      [['altman-joins-microsoft', 'were Microsoft’s employees']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['no firm named', 'Altman was on its payroll.'],
    ['a hypothetical', 'Microsoft said Altman would be on its payroll if the deal closed.'],
    ['another person', 'Microsoft said Emmett Shear was on its payroll.'],
    ['a denial', 'Altman was never on Microsoft’s payroll.'],
  ]);
});

describe('a deal struck, told as had: "had a deal to return"', () => {
  found([
    [
      '"had a deal to return to the top job"',
      'By Wednesday night, Altman had a deal to return to the top job.',
      [['altman-returns-as-ceo', 'had a deal to return to the top job']],
    ],
    [
      '"has a deal to return as"',
      'Altman has a deal to return as chief executive, sources say.',
      [['altman-returns-as-ceo', 'has a deal to return as chief executive']],
    ],
    [
      '"has an agreement to return to"',
      'Altman now has an agreement to return to OpenAI.',
      [['altman-returns-as-ceo', 'has an agreement to return to OpenAI']],
    ],
    [
      '"had a deal to resume"',
      'By Tuesday Altman had a deal to resume the top job.',
      [['altman-returns-as-ceo', 'had a deal to resume the top job']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a question', 'Did Altman have a deal to return?'],
    ['no deal', 'Altman had no deal to return.'],
    ['a hypothetical', 'Altman would have had a deal to return if the board had agreed.'],
    ['a wish', 'Altman wanted a deal to return.'],
  ]);
});

describe('a verb of removal the lists lacked: "knocked … out of the chair"', () => {
  found([
    [
      '"knocked … out of the board chair"',
      'The same statement knocked Greg Brockman out of the board chair.',
      [['brockman-exit', 'knocked Greg Brockman out of the board chair']],
    ],
    [
      '"knocked … off the board"',
      'The directors knocked Greg Brockman off the board.',
      [['brockman-exit', 'knocked Greg Brockman off the board']],
    ],
    [
      '"was knocked out of the chairmanship"',
      'Greg Brockman was knocked out of the chairmanship on Friday.',
      [['brockman-exit', 'was knocked out of the chairmanship']],
    ],
    [
      '"knocks … out of the chair" (a headline)',
      'Board knocks Greg Brockman out of the chair',
      [['brockman-exit', 'knocks Greg Brockman out of the chair']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['another person', 'The board knocked Adam D’Angelo out of the chair.'],
    ['a question', 'Did the board knock Greg Brockman out of the chair?'],
    ['a hypothetical', 'The board could knock Greg Brockman out of the chair next.'],
  ]);
});

describe('a claim split by a dash-pair label or by who came along', () => {
  found([
    [
      'a dash-pair label before "as"',
      'The board brought in Emmett Shear — streaming veteran, outsider — as interim CEO.',
      [['shear-appointment', 'brought in Emmett Shear — streaming veteran, outsider — as interim CEO']],
    ],
    [
      'a short dash-pair label',
      'The directors named Emmett Shear — ex-Twitch — as interim chief executive.',
      [['shear-appointment', 'named Emmett Shear — ex-Twitch — as interim chief executive']],
    ],
    // Read before this round too: a guard that "as" after an aside still goes on with the clause.
    [
      'a comma apposition before "as"',
      'The directors picked Emmett Shear, Twitch’s co-founder, as interim CEO.',
      [['shear-appointment', 'picked Emmett Shear, Twitch’s co-founder, as interim CEO']],
    ],
    [
      '"with … alongside"',
      'Nadella wrote that Altman, with Brockman alongside, had a new employer in Microsoft.',
      [['altman-joins-microsoft', 'Altman, with Brockman alongside, had']],
    ],
    [
      '"with … in tow"',
      'Altman, with his co-founder in tow, has a new job at Microsoft.',
      [['altman-joins-microsoft', 'Altman, with his co-founder in tow, has a new job']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['a label that denies', 'The board named Emmett Shear — not the chief executive — as an adviser.'],
    ['another person', 'The board brought in Mira Murati — engineer, insider — as interim CEO.'],
    ['a question', 'Did the board bring in Emmett Shear — Twitch veteran, outsider — as interim CEO?'],
  ]);
  unmarked('altman-joins-microsoft', [
    ['without him', 'Nadella said Brockman, without Altman, had a new employer in Microsoft.'],
    [
      'a hypothetical',
      'Altman, with Brockman alongside, would have a new employer in Microsoft if talks failed.',
    ],
    ['another firm', 'Altman, with Brockman alongside, had a new employer in Google.'],
  ]);
});
