import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The post named with its holder's title ("the chief executive's job", "the post of chief executive")
 * in the light-verb phrases of a return ("gets ... back", "occupy ... once again", "resumed ..."), and
 * the verbs of packing in a job or walking away from the company. Every sentence is invented.
 */

describe('a return told with the post named by its title', () => {
  found([
    [
      '"occupy the post of chief executive" once again',
      'Sam Altman will once again occupy the post of chief executive.',
      [['altman-returns-as-ceo', 'will once again occupy the post of chief executive']],
    ],
    [
      '"hold the post of CEO again"',
      'Altman will hold the post of CEO again.',
      [['altman-returns-as-ceo', 'will hold the post of CEO again']],
    ],
    [
      '"gets the chief executive\'s job back" (headline present)',
      "Altman gets the chief executive's job back",
      [['altman-returns-as-ceo', "gets the chief executive's job back"]],
    ],
    [
      '"got the top job back"',
      'Altman got the top job back on Tuesday.',
      [['altman-returns-as-ceo', 'got the top job back']],
    ],
    [
      '"resumed the post of chief executive"',
      'Altman resumed the post of chief executive on Wednesday.',
      [['altman-returns-as-ceo', 'resumed the post of chief executive']],
    ],
    [
      '"hold the CEO role again" with a time after it',
      'Altman will hold the CEO role again next week.',
      [['altman-returns-as-ceo', 'will hold the CEO role again']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['another person in the post', 'Emmett Shear will occupy the post of chief executive.'],
    ['the post held before, no "again"', 'Altman held the post of chief executive until Friday.'],
    ['"back in 2015"', 'Back in 2015, Altman held the post of chief executive.'],
    ['a wish', "Altman wants the chief executive's job back."],
    ['something else got back', 'Altman got his money back.'],
    ['another person gets the job back', "Brockman gets the chief executive's job back."],
    ['the post again elsewhere', 'Altman will occupy the post of chief executive at Microsoft again.'],
    // review19b #9: a time between "again" and the other company.
    ['the role again, a time, then elsewhere', 'Altman will hold the CEO role again next year at Microsoft.'],
    [
      'the post again, a weekday, then elsewhere',
      'Altman will fill the top job again on Monday at Microsoft.',
    ],
    ['the post again at an unnamed company', 'Altman will hold the chief executive post again at Helion.'],
    ["his board seat back (a director's seat)", 'Altman got his own board seat back.'],
    ['"getting his board seat back"', 'Altman is getting his board seat back.'],
  ]);
});

describe('Brockman packing in his job, walking away from the company', () => {
  found([
    [
      '"packed in his job as president"',
      'Greg Brockman packed in his job as president that night.',
      [['brockman-exit', 'packed in his job as president']],
    ],
    [
      '"walked away from the company"',
      'Brockman walked away from the company hours later.',
      [['brockman-exit', 'walked away from the company']],
    ],
    [
      '"exited the company"',
      'Brockman exited the company on Friday night.',
      [['brockman-exit', 'exited the company']],
    ],
    // review19b #6: the job placed at OpenAI itself, or with a time after it, is still quitting.
    [
      '"packed in his job at OpenAI"',
      'Brockman packed in his job at OpenAI on Friday.',
      [['brockman-exit', 'packed in his job at OpenAI']],
    ],
    [
      '"jacked in his role" with a time after it',
      'Brockman jacked in his role on Friday.',
      [['brockman-exit', 'jacked in his role']],
    ],
    [
      '"quit the board and the company"',
      'Brockman quit the board and the company on Friday.',
      [['brockman-exit', 'quit']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['something else packed in', 'Brockman packed in his gym membership.'],
    ['another person', 'Altman left the company.'],
    ['a condition', 'Brockman would quit the company if asked.'],
    // review19b #6: an earlier job at another company.
    ['his job at Stripe', 'Brockman packed in his job at Stripe in 2015.'],
    [
      'his job at Stripe, to found OpenAI',
      'Brockman packed in his job at Stripe to co-found OpenAI in 2015.',
    ],
    ['his role at a named bank', 'Greg Brockman chucked in his role at Goldman years before.'],
    ['his post at Microsoft', 'Brockman jacked in his post at Microsoft.'],
    // review19b #14: leaving the board while keeping another post is not quitting.
    ['the board, but he stays', 'Brockman will exit the board but remain president.'],
    ['the board, while he stays', 'Brockman stepped down from the board while staying on as president.'],
    ['the board, though he stays', 'Greg Brockman quit the board though he keeps his job.'],
  ]);
});
