import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 24: the words of a hire and a return — a post taken by one or two people ("both had accepted
 * jobs at Microsoft"), the chief told as the head of his company ("the ousted head of OpenAI"), the
 * office or the job got back, coming home to the post, a timeline row in the past without a subject,
 * and a contents box that only lists sections. Every sentence is invented.
 */

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
