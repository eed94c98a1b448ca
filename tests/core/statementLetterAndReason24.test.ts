import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 24: the letter's judgement of the board as a capacity or an adjective before "to oversee/
 * supervise/govern" and "unequal to their … job"; the staff's threat with their employer named after
 * them ("staff at OpenAI") or told as "its threat"; the board's reason told as lost trust in its chief
 * executive, as not levelling with it, or as a headline's "cites candour"; and the same wordings inside
 * a question nobody answered.
 */

const LETTER = 'Hundreds of employees signed a letter to the board on Monday.';

describe("the letter's judgement of the board", () => {
  found([
    [
      'a capacity noun before "to govern"',
      [LETTER, 'They accused the directors of lacking the ability to supervise the company.'],
      [['staff-letter-demand', 'ability to supervise']],
    ],
    [
      'a capacity the board does not have',
      [LETTER, 'They wrote that the directors did not possess the competence to supervise the firm.'],
      [['staff-letter-demand', 'competence to supervise']],
    ],
    [
      'an adjective of unfitness',
      [LETTER, 'Its authors called the board ill-equipped to govern a company of that size.'],
      [['staff-letter-demand', 'ill-equipped to govern']],
    ],
    [
      '"unqualified to oversee"',
      [LETTER, 'The signers judged the directors unqualified to oversee the lab.'],
      [['staff-letter-demand', 'unqualified to oversee']],
    ],
    [
      'unequal to their job, with its adjective',
      [LETTER, 'The staff wrote that the directors were unequal to their oversight role.'],
      [['staff-letter-demand', 'directors were unequal to their oversight role']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    [
      'unfitness said of one person',
      [LETTER, 'The directors deemed him unqualified to oversee the research team.'],
    ],
    ['a task of something else', [LETTER, 'The old servers were not up to the task.']],
    [
      'a capacity named, no one judged',
      [LETTER, 'A title on paper is not the same as the ability to govern.'],
    ],
  ]);
});

describe('the threat of staff named with their employer', () => {
  found([
    [
      'staff at the company',
      'Engineers at OpenAI threatened to quit.',
      [['staff-letter-demand', 'threatened to quit']],
    ],
    [
      'everyone at the company, beside the letter',
      ['Nearly everybody at OpenAI threatened to walk out as the letter went round.'],
      [['staff-letter-demand', 'threatened to walk out']],
    ],
    [
      '"its threat" of a collective noun',
      'The workforce of the ChatGPT maker kept up its threat to decamp to Microsoft.',
      [['staff-letter-demand', 'threat to decamp to Microsoft']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['staff of another employer', 'Engineers at Google threatened to quit over the contract.'],
    ['the company itself', 'OpenAI threatened to walk away from the talks.'],
    ['"its threat" of a company', 'Microsoft kept up its threat to walk away from the deal.'],
  ]);
});

describe("the board's reason in everyday words", () => {
  found([
    [
      'lost trust in its chief executive',
      'The directors said they could no longer trust their CEO.',
      [['firing-reason', 'could no longer trust their CEO']],
    ],
    [
      'not levelling with the board',
      'The board said Altman had never levelled with it.',
      [['firing-reason', 'never levelled with']],
    ],
    [
      'a headline that cites candour',
      ['Board cites candour in Altman exit'],
      [['firing-reason', 'cites candour']],
    ],
  ]);
  unmarked('firing-reason', [
    [
      'a question nobody answered',
      'The directors resigned without explaining what Altman had been less than candid about.',
    ],
    ['trust in someone else', 'Investors said they could no longer trust the chip supplier.'],
  ]);
  found([
    [
      'the reason given, the detail left untold',
      'The board said Altman had been less than candid, but declined to say how.',
      [['firing-reason', 'less than candid']],
    ],
  ]);
});
