import { beforeAll, describe } from 'vitest';
import { found, statements, unmarked } from './helpers/statementCases.ts';

/*
 * The staff told by their employer after a preposition (storyStaffPhrase.ts): "staff at OpenAI",
 * "everyone at OpenAI" are the story's staff, so their threat is the letter's; another company's staff,
 * or other people of the company, are not. Every sentence is invented.
 */

// The first annotation compiles the dataset's patterns: slow on a loaded machine, so not inside a test's time.
beforeAll(() => void statements('Staff threatened to quit.'), 60_000);

describe('the staff named by their employer threaten', () => {
  found([
    [
      'a headline, "Staff at OpenAI threaten to walk"',
      'Staff at OpenAI threaten to walk',
      [['staff-letter-demand', 'threaten to walk']],
    ],
    [
      '"employees of OpenAI"',
      'Employees of OpenAI threatened to resign en masse.',
      [['staff-letter-demand', 'threatened to resign']],
    ],
    [
      '"nearly everyone at OpenAI", with no staff noun',
      'Nearly everyone at OpenAI threatened to walk out on Monday.',
      [['staff-letter-demand', 'threatened to walk out']],
    ],
    [
      '"hundreds inside OpenAI"',
      'Hundreds inside OpenAI threatened to quit.',
      [['staff-letter-demand', 'threatened to quit']],
    ],
    [
      'the demand after the threat, one mark',
      'Everybody at OpenAI threatened to quit unless the board stepped down.',
      [['staff-letter-demand', 'threatened to quit unless the board stepped down']],
    ],
  ]);
});

describe('other people tied to a company', () => {
  unmarked('staff-letter-demand', [
    ['another company\'s staff, "staff at Anthropic"', 'Staff at Anthropic threatened to walk out.'],
    ['"engineers at Microsoft"', 'Engineers at Microsoft threatened to quit.'],
    ['"investors in OpenAI", not its staff', 'Investors in OpenAI threatened to walk away.'],
    ['a question', 'Would staff at OpenAI really threaten to quit?'],
    ['no threat said', 'Staff at OpenAI said they were exhausted.'],
  ]);
});
