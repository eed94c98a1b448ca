import { describe, expect, it } from 'vitest';
import { found, LEAD, unmarked } from './helpers/statementCases.ts';
import { annotate } from './helpers/annotate.ts';

/*
 * Round 24: the words of a hire and a return — a post taken by one or two people ("both had accepted
 * jobs at Microsoft"), the chief told as the head of his company ("the ousted head of OpenAI"), the
 * office or the job got back, coming home to the post, a timeline row in the past without a subject,
 * and a contents box that only lists sections. Every sentence is invented.
 */

describe('a post taken at Microsoft, by one person or a pair', () => {
  found([
    [
      '"both had accepted jobs", the pair named one a sentence',
      [
        'The board fired Sam Altman. Greg Brockman resigned hours later. By Sunday night both had accepted jobs at Microsoft.',
      ],
      [
        ['brockman-exit', 'resigned'],
        ['altman-joins-microsoft', 'both had accepted jobs'],
      ],
    ],
    [
      '"took up senior roles"',
      'Altman and Brockman took up senior roles at Microsoft.',
      [['altman-joins-microsoft', 'Altman and Brockman took up senior roles']],
    ],
    [
      '"landed a job"',
      'Altman landed a new job at Microsoft.',
      [['altman-joins-microsoft', 'Altman landed a new job']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['an offer only', 'Altman was offered a job at Microsoft.'],
    ['another employer', 'Altman took a job at a bank.'],
    ['jobs turned down', 'Altman and Brockman turned down jobs at Microsoft.'],
  ]);
});

describe('the chief told as the head of his company', () => {
  found([
    [
      '"the ousted head of ChatGPT developer OpenAI"',
      'Shares of Microsoft rose when the software company said it had brought in the ousted head of ChatGPT developer OpenAI.',
      [['altman-joins-microsoft', 'had brought in the ousted head of ChatGPT']],
    ],
    [
      '"the former head of OpenAI"',
      'Microsoft hired the former head of OpenAI.',
      [['altman-joins-microsoft', 'hired the former head of OpenAI']],
    ],
    [
      '"OpenAI\'s ousted head"',
      "Microsoft hired OpenAI's ousted head.",
      [['altman-joins-microsoft', "hired OpenAI's ousted head"]],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a head of something the company has', "Microsoft hired the head of OpenAI's research team."],
    ['a head of a department', 'Microsoft hired the head of research at OpenAI.'],
    ['"its head of research"', "Microsoft hired OpenAI's head of research."],
    ['the head of the board', 'Microsoft hired the head of the board.'],
  ]);
  unmarked('firing-reason', [
    [
      'a compound "head coach"',
      "The club's board said its head coach had not been candid about talks with a rival team.",
    ],
  ]);
});

describe('the post or the office got back', () => {
  found([
    [
      '"gets his old corner office back"',
      'Sam Altman gets his old corner office back.',
      [['altman-returns-as-ceo', 'gets his old corner office back']],
    ],
    [
      '"won his CEO job back"',
      'Sam Altman won his CEO job back.',
      [['altman-returns-as-ceo', 'won his CEO job back']],
    ],
    [
      '"wrested the reins back"',
      'Altman wrested the reins back.',
      [['altman-returns-as-ceo', 'wrested the reins back']],
    ],
    [
      '"got the top spot back"',
      'Altman got the top spot back.',
      [['altman-returns-as-ceo', 'got the top spot back']],
    ],
    ['"got the keys back"', 'Altman got the keys back.', [['altman-returns-as-ceo', 'got the keys back']]],
    [
      '"got his chief executive title again"',
      'Altman got his chief executive title again.',
      [['altman-returns-as-ceo', 'got his chief executive title again']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a thing, not a post', 'Altman got his laptop back.'],
    ['a wish', 'Altman wants his old job back.'],
    ['an attempt', 'Altman is trying to get his job back.'],
    ['a board seat', 'Altman is getting his board seat back.'],
  ]);
});

describe('coming home to the post', () => {
  found([
    [
      '"coming home to the CEO\'s office"',
      "OpenAI said it had an understanding in principle: Altman was coming home to the CEO's office.",
      [['altman-returns-as-ceo', 'was coming home to the CEO']],
    ],
    [
      '"headed home to the corner office"',
      'Altman headed home to the corner office on Wednesday.',
      [['altman-returns-as-ceo', 'headed home to the corner office']],
    ],
    [
      '"coming home to OpenAI"',
      'Altman is coming home to OpenAI.',
      [['altman-returns-as-ceo', 'Altman is coming home']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['home to a city', 'Altman went home to San Francisco after the meeting.'],
    ['home from elsewhere', 'Altman came home from the conference.'],
    ['a possibility', 'Altman may come home to OpenAI.'],
  ]);
});

describe('a timeline row in the past without a subject', () => {
  found([
    [
      '"Returned as CEO formally" after rows about him',
      [
        'Five days in November 2023',
        'Tue, Nov. 21',
        "Deal for Altman's return as CEO",
        'Wed, Nov. 29',
        'Returned as CEO formally',
      ],
      [
        ['altman-returns-as-ceo', "Altman's return"],
        ['altman-returns-as-ceo', 'Returned as CEO'],
      ],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      'a row after someone else was named last',
      ['Altman fired Brockman.', 'Nov 2023', 'Returned as chief executive within a week'],
    ],
  ]);
});

describe('a contents box lists sections, it states nothing', () => {
  const claims = (blocks: string[]) =>
    annotate([LEAD, ...blocks])
      .highlights.filter((h) => h.kind === 'claim')
      .map((h) => h.text);
  it.each<[string, string[]]>([
    ['"Contents"', ['Contents', 'Career', "Altman's return", 'See also']],
    ['"In this article"', ['In this article', "Altman's return", "Brockman's resignation"]],
    ['"On this page"', ['On this page', "Altman's return"]],
  ])('leaves the entries under %s unmarked', (_, blocks) => {
    expect(claims(blocks)).toEqual([]);
  });
  it('marks a section of the story itself', () => {
    expect(claims(['What happened next', "Altman's return was swift."])).toEqual(["Altman's return"]);
  });
});
