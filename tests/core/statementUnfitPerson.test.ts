import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The staff letter judged the board unfit; a wording of unfitness owned by or said of one person
 * ("his capacity to run", "deemed him unfit to lead") judges that person instead.
 */

const LETTER = "OpenAI's staff wrote to the board.";

describe("unfitness of one person is not the letter's judgement", () => {
  unmarked('staff-letter-demand', [
    [
      'the board on the chief executive',
      [
        'The board gave Altman no warning.',
        'In its announcement, it said it had lost faith in his capacity to run the company.',
      ],
    ],
    ['an object pronoun', [LETTER, 'The directors deemed him unfit to lead the company.']],
    ['a named owner', [LETTER, "Directors questioned Altman's ability to oversee the company."]],
  ]);
  found([
    [
      'the board, owned by "their"',
      [LETTER, 'The letter questioned their capacity to run the company.'],
      [['staff-letter-demand', 'capacity to run']],
    ],
    [
      'the board as subject',
      [LETTER, 'Employees wrote that the directors lacked the competence to oversee OpenAI.'],
      [['staff-letter-demand', 'lacked the competence']],
    ],
  ]);
});
