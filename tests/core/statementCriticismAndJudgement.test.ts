import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The board's reason told as criticism of Altman's candour ("faulted his candour", "questioned his
 * candor", "took issue with"), and the staff letter's judgement of the board ("unequal to the job",
 * "not fit to be in charge", "out of its depth"). Every sentence is invented.
 */

describe('a verb of criticism whose object is his candour', () => {
  found([
    [
      'wire "faulted"',
      'Directors faulted his candour toward the board.',
      [['firing-reason', 'faulted his candour']],
    ],
    [
      '"questioned" in a relative',
      'The board issued a statement that questioned his candor.',
      [['firing-reason', 'questioned his candor']],
    ],
    [
      '"criticised" with a name',
      "The board criticised Altman's candour.",
      [['firing-reason', "criticised Altman's candour"]],
    ],
    [
      '"took issue with"',
      "OpenAI's directors took issue with his candour.",
      [['firing-reason', 'took issue with his candour']],
    ],
    ['headline "raps"', "Board raps Altman's candour.", [['firing-reason', "raps Altman's candour"]]],
    [
      '"cast doubt on"',
      "The directors cast doubt on Altman's candor in a terse statement.",
      [['firing-reason', "cast doubt on Altman's candor"]],
    ],
    [
      'noun "concerns about"',
      "The board's statement raised concerns about his candour.",
      [['firing-reason', 'raised concerns about his candour']],
    ],
  ]);
  unmarked('firing-reason', [
    ['critics who are not the board', "Critics have long questioned Altman's candor about AI risks."],
    ['criticism denied', "The board did not question Altman's candour."],
    ['praise', 'The board praised his candour.'],
    ['"questioned whether"', 'The board questioned whether Altman would return.'],
  ]);
});

describe("the staff letter's judgement that the board cannot do its job", () => {
  found([
    [
      '"unequal to the job"',
      'In the letter, they call the directors unequal to the job of running OpenAI.',
      [['staff-letter-demand', 'directors unequal to the job']],
    ],
    [
      '"as not fit to be in charge"',
      'The staff letter blasted the directors as not fit to be in charge.',
      [['staff-letter-demand', 'directors as not fit to be in charge']],
    ],
    [
      '"out of its depth"',
      'Staff said the board was out of its depth.',
      [['staff-letter-demand', 'board was out of its depth']],
    ],
    [
      '"unfit to lead"',
      'Staff called the board members unfit to lead.',
      [['staff-letter-demand', 'board members unfit']],
    ],
    [
      "the letter's three nouns",
      'They cannot keep working for people who lack competence, judgement and care.',
      [['staff-letter-demand', 'lack competence']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['a reporter out of their depth', 'The reporter was out of their depth.'],
    ['one person judged by the board', 'The board said Altman was unequal to the task.'],
  ]);
});
