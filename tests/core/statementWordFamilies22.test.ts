import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 22's statement family words: a unit tied to its work by a participle ("a group doing AI
 * research") or made for its leader ("a lab built around him"), the observer's seat without a vote
 * in more words, the quit idiom "jack it in" and its kin, the chair lost by replacement, Altman
 * returned "to the job", the pair put on a payroll, regret after a contracted "had", and the
 * board's complaint about candour. Each beside near-misses. Every sentence is invented.
 */

describe('a unit tied to its work by a participle, or made for its leader', () => {
  found([
    [
      '"doing"',
      'Altman will be chief executive of a brand-new Microsoft group doing advanced AI research.',
      [['microsoft-new-unit', 'brand-new Microsoft group doing advanced AI research']],
    ],
    [
      '"pursuing"',
      'Microsoft said Altman would lead a new team pursuing advanced AI research.',
      [['microsoft-new-unit', 'new team pursuing advanced AI research']],
    ],
    [
      '"tasked with"',
      'Nadella said Altman would lead a new group tasked with advanced AI research.',
      [['microsoft-new-unit', 'new group tasked with advanced AI research']],
    ],
    [
      '"specialising in", with the company between "new" and the head',
      'Altman will head a new Microsoft arm specialising in AI research.',
      [['microsoft-new-unit', 'new Microsoft arm specialising in AI research']],
    ],
    [
      '"conducting"',
      'Altman is set to lead a fresh Microsoft team conducting advanced AI research.',
      [['microsoft-new-unit', 'fresh Microsoft team conducting advanced AI research']],
    ],
    [
      '"built around him"',
      'Altman will head a research lab built around him at Microsoft.',
      [['microsoft-new-unit', 'research lab built around him']],
    ],
    [
      '"formed around the pair"',
      'Altman will lead an AI research team formed around the pair at Microsoft.',
      [['microsoft-new-unit', 'AI research team formed around the pair']],
    ],
    [
      '"created for the purpose"',
      'Microsoft hired Altman to lead a research arm created for the purpose.',
      [
        ['altman-joins-microsoft', 'hired Altman'],
        ['microsoft-new-unit', 'research arm created for the purpose'],
      ],
    ],
  ]);
  unmarked('microsoft-new-unit', [
    ['a team doing sales', 'Microsoft has a new team doing sales.'],
    ['a group working on another product', 'Altman will join a new Microsoft group working on Bing.'],
    ['an old team doing research', "Microsoft's old team doing AI research was disbanded."],
    ['a lab built years ago', 'Altman visited a research lab built in 2019 at Microsoft.'],
    ['a lab built around a technique', 'Altman praised a lab built around transformers.'],
  ]);
});

describe('a seat without a vote, in more words', () => {
  found([
    [
      '"voteless"',
      'Microsoft won a seat in the boardroom for a voteless observer.',
      [['microsoft-board-observer', 'voteless']],
    ],
    [
      '"without a ballot"',
      'Microsoft gets a chair at the table without a ballot.',
      [['microsoft-board-observer', 'without a ballot']],
    ],
  ]);
  unmarked('microsoft-board-observer', [
    ['a vote Microsoft did not have', 'Microsoft had no vote on the decision.'],
    // "but no vote" and "carries no vote" were tried and dropped: they mark a second time a
    // sentence that already names the observer seat ("gave it eyes, but no vote").
  ]);
});

describe('the quit idiom "jack it in" and its kin, and the chair lost by replacement', () => {
  found([
    [
      '"jacked the whole thing in"',
      'Brockman promptly jacked the whole thing in.',
      [['brockman-exit', 'jacked the whole thing in']],
    ],
    ['"jacked the job in"', 'Brockman jacked the job in.', [['brockman-exit', 'jacked the job in']]],
    [
      '"chucked it all in"',
      'Brockman finally chucked it all in on Friday night.',
      [['brockman-exit', 'chucked it all in']],
    ],
    [
      '"was replaced as chairman"',
      'Greg Brockman was replaced as chairman by Bret Taylor.',
      [['brockman-exit', 'was replaced as chairman']],
    ],
    ['"off the chair"', "Brockman said he's off the chair.", [['brockman-exit', "'s off the chair"]]],
  ]);
  unmarked('brockman-exit', [
    ["another person's exit", "Brockman's assistant jacked it in."],
    // review22 #11: "call it a day" is as often stopping for the day as quitting a job.
    [
      '"called it a day" at night',
      'Altman and Brockman called it a day around midnight and were back at the office on Sunday.',
    ],
    ['"called it a day" after talks', 'Brockman called it a day after a long weekend of talks.'],
    // review22 #16: the successor taking the new board's chair is his appointment, not Brockman's removal.
    ['a successor chairing the new board', 'Bret Taylor replaced Brockman as chair of the new board.'],
    [
      'a successor chairing the rebuilt board',
      'Taylor has supplanted Brockman as chairman of the rebuilt board.',
    ],
  ]);
  found([
    [
      '"replaced … as chairman" with no new board',
      'The board replaced Brockman as chairman on Friday.',
      [['brockman-exit', 'replaced Brockman as chairman']],
    ],
  ]);
});

describe('Altman returned to the job, and the pair put on a payroll', () => {
  found([
    [
      '"return Altman to the chief executive\'s job"',
      "OpenAI reached a deal to return Altman to the chief executive's job.",
      [['altman-returns-as-ceo', "reached a deal to return Altman to the chief executive's job"]],
    ],
    [
      '"return Sam Altman to the top job"',
      'OpenAI said it would return Sam Altman to the top job.',
      [['altman-returns-as-ceo', 'would return Sam Altman to the top job']],
    ],
    [
      '"to his old job"',
      'The board voted to return Sam Altman to his old job.',
      [['altman-returns-as-ceo', 'to return Sam Altman to his old job']],
    ],
    [
      '"put both on its payroll"',
      'Microsoft put both Altman and Brockman on its payroll.',
      [['altman-joins-microsoft', 'put both Altman and Brockman on its payroll']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['money returned', 'OpenAI returned the money to investors.'],
    ['calls returned', "OpenAI returned Altman's calls."],
  ]);
  unmarked('altman-joins-microsoft', [
    ["another company's payroll", "Google put Altman's friend on its payroll."],
  ]);
});

describe('regret after a contracted "had", and the board\'s complaint about candour', () => {
  found([
    [
      '"wishes he\'d never"',
      "Sutskever wishes he'd never voted the way he did.",
      [['sutskever-regret', "wishes he'd never"]],
    ],
    [
      '"wished he\'d never", reported',
      "Sutskever said he wished he'd never taken part.",
      [['sutskever-regret', "wished he'd never"]],
    ],
    [
      '"complaint concerned"',
      "The directors' one complaint concerned his candor.",
      [['firing-reason', 'complaint concerned his candor']],
    ],
    [
      '"the board\'s unfitness: "what it takes to oversee"',
      'Employees said the board simply did not have what it takes to oversee OpenAI.',
      [['staff-letter-demand', 'what it takes to oversee']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ["a wish that is not Sutskever's", "Toner said she wishes she'd never joined."],
  ]);
  unmarked('firing-reason', [["critics' complaints", "Critics have complaints about Altman's candour."]]);
});
