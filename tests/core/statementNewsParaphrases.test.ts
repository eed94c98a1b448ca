import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Native paraphrases the frames lacked, each a family: candour judged by its quality ("his candour
 * toward them had been patchy"), research told as what it became or lost ("an afterthought", "losing
 * out", staff and compute shifted from experiments), the chair lost told as a state ("off the board as
 * chairman", "ceased to be chairman"), quitting told by the desk cleared, a return told as a road ("on
 * his way back to the top job"), the ultimatum told as a choice, and more verbs of asking (begs,
 * insists, appeals). Each beside near-misses. Every sentence is invented.
 */

describe('candour judged by its quality', () => {
  found([
    [
      '"candour toward them had been patchy"',
      "The directors said Altman's candour toward them had been patchy.",
      [['firing-reason', 'candour toward them had been patchy']],
    ],
    [
      '"honesty with the board had been found wanting"',
      "The board said Altman's honesty with the board had been found wanting.",
      [['firing-reason', 'honesty with the board had been found wanting']],
    ],
  ]);
  unmarked('firing-reason', [
    ["the board's own candour", 'Brockman said the candour of the board had been patchy.'],
    ['candour praised', "Altman's candour with the board was admirable, a director said."],
  ]);
});

describe('research told by what it became or lost', () => {
  found([
    [
      '"experimental work has become an afterthought"',
      'Staff complain that experimental work has become an afterthought at OpenAI.',
      [['research-deprioritised', 'experimental work has become an afterthought']],
    ],
    [
      '"shifting staff and computing power from long-range experiments"',
      'The report says OpenAI has been shifting staff and computing power from long-range experiments to ChatGPT.',
      [['research-deprioritised', 'shifting staff and computing power from long-range experiments']],
    ],
  ]);
  unmarked('research-deprioritised', [
    ['an afterthought about something else', 'At OpenAI, the dress code has become an afterthought.'],
  ]);
});

describe("Brockman's chair lost, told as a state; his exit told by the desk cleared", () => {
  found([
    [
      '"off the board as chairman"',
      'The statement dealt with Greg Brockman in a clause: he was off the board as chairman.',
      [['brockman-exit', 'off the board as chairman']],
    ],
    [
      '"ceased to be chairman"',
      'Greg Brockman ceased to be chairman on Friday.',
      [['brockman-exit', 'ceased to be chairman']],
    ],
    [
      '"cleared out his locker"',
      'Greg Brockman got bumped as chairman and then cleared out his locker the same night.',
      [
        ['brockman-exit', 'got bumped as chairman'],
        ['brockman-exit', 'cleared out his locker'],
      ],
    ],
    [
      '"handed in his badge"',
      'Greg Brockman handed in his badge that night.',
      [['brockman-exit', 'handed in his badge']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['someone else off the board', 'Helen Toner was off the board as chairman of the committee.'],
    ['a badge handed to him', 'Greg Brockman was handed a new badge on Monday.'],
  ]);
});

describe('a return told as a road, the unit as fresh', () => {
  found([
    [
      '"on his way back to the top job"',
      'Within two days Sam Altman was on his way back to the top job at OpenAI.',
      [['altman-returns-as-ceo', 'on his way back to the top job']],
    ],
    [
      '"a fresh research operation"',
      'Microsoft said it had hired Altman and that he would head a fresh research operation on advanced AI.',
      [
        ['altman-joins-microsoft', 'had hired Altman'],
        ['microsoft-new-unit', 'fresh research operation'],
      ],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['on his way back home', 'Sam Altman was on his way back to San Francisco on Friday.'],
  ]);
  unmarked('microsoft-new-unit', [
    ['a fresh round', 'Microsoft said it would head off a fresh round of layoffs.'],
  ]);
});

describe('the ultimatum as a choice, and more verbs of asking', () => {
  found([
    [
      '"a choice between resigning and"',
      'The OpenAI letter gave the directors a choice between resigning and losing most of their staff.',
      [['staff-letter-demand', 'choice between resigning and']],
    ],
    [
      '"begged the board to resign"',
      'The employees begged the board to resign.',
      [['staff-letter-demand', 'begged the board to resign']],
    ],
    [
      '"insists that every remaining director step down"',
      'A letter circulated among OpenAI employees insists that every remaining director step down.',
      [['staff-letter-demand', 'insists that every remaining director step down']],
    ],
    [
      '"appealed to the board to resign"',
      'The employees appealed to the board to resign.',
      [['staff-letter-demand', 'appealed to the board to resign']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    [
      'a choice about something else',
      'OpenAI gave customers a choice between paying monthly and paying yearly.',
    ],
    ['a plea not to resign', 'The employees begged Altman to stay calm.'],
    ['an appeal by investors', 'Investors appealed to the board to reconsider.'],
  ]);
});

describe('the formal register: employment accepted, a return staged, a post relinquished', () => {
  found([
    [
      '"accepted employment with Microsoft"',
      'Sam Altman accepted employment with Microsoft on Sunday.',
      [['altman-joins-microsoft', 'Sam Altman accepted employment']],
    ],
    [
      '"entered the employ of Microsoft"',
      'Sam Altman entered the employ of Microsoft.',
      [['altman-joins-microsoft', 'Sam Altman entered the employ']],
    ],
    [
      '"his employment at Microsoft"',
      "Altman's employment at Microsoft lasted a weekend.",
      [['altman-joins-microsoft', "Altman's employment at Microsoft"]],
    ],
    [
      '"staged his return as chief executive"',
      'Sam Altman staged his return as chief executive.',
      [['altman-returns-as-ceo', 'staged his return as chief executive']],
    ],
    [
      '"relinquished his post as president"',
      'Greg Brockman relinquished his post as president.',
      [['brockman-exit', 'relinquished his post as president']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['an offer to speak', 'Sam Altman accepted an offer to speak at Microsoft Ignite.'],
    ['an offer refused', 'Sam Altman did not accept the offer from Microsoft.'],
  ]);
  unmarked('brockman-exit', [['a panel seat given up', 'Greg Brockman gave up his seat on the panel.']]);
});
