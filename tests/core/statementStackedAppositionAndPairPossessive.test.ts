import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Two shapes of who went where, read by structure: an aside that ends in a name and carries an
 * apposition of that name ("Altman, ousted as chief of OpenAI, the ChatGPT maker, will return"), and
 * a wording written with "his" said of a pair with "their" ("the pair are on their way back").
 * Every sentence is invented.
 */

const PAIR = 'Microsoft hired Sam Altman and Greg Brockman on Monday.';

describe('an apposition of the name that closes an aside goes with the aside', () => {
  found([
    [
      'relative clause, then the company described',
      'Sam Altman, who was pushed out as chief executive of OpenAI, the maker of ChatGPT, will return to the CEO post.',
      [['altman-returns-as-ceo', 'will return to the CEO post']],
    ],
    [
      'apposition, then the company described',
      'Sam Altman, the former chief executive of OpenAI, the San Francisco start-up, is to return as CEO.',
      [['altman-returns-as-ceo', 'is to return as CEO']],
    ],
    [
      'a long formal description of the company (translated edition)',
      'Sam Altman, who was removed from the post of chief executive officer (CEO) of OpenAI, the American developer of the chatbot service ChatGPT, will return to the CEO post.',
      [['altman-returns-as-ceo', 'will return to the CEO post']],
    ],
    [
      'an appointment: the newcomer described, then his old company',
      'Emmett Shear, a co-founder of Twitch, the live-streaming site, was named interim chief executive.',
      [['shear-appointment', 'was named interim chief executive']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      'a list of people, not an apposition',
      'The board heard from Sam Altman, the chief executive of OpenAI, Murati, and Brockman before it came back to the table.',
    ],
    [
      'the stacked apposition holds a modal: the clause says what might be',
      'Sam Altman, the former chief executive of OpenAI, the maker of ChatGPT, could return as CEO if the board quits.',
    ],
  ]);
});

describe('"his" of a wording said of a pair as "their"', () => {
  found([
    [
      '"the pair are on their way back to OpenAI"',
      [PAIR, 'Three days on, the pair are on their way back to OpenAI.'],
      [
        ['altman-joins-microsoft', 'hired Sam Altman and Greg Brockman'],
        ['altman-returns-as-ceo', 'on their way back to OpenAI'],
      ],
    ],
    [
      'the two named, "their"',
      [PAIR, 'By Wednesday Altman and Brockman were on their way back to OpenAI.'],
      [
        ['altman-joins-microsoft', 'hired Sam Altman and Greg Brockman'],
        ['altman-returns-as-ceo', 'on their way back to OpenAI'],
      ],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['staff on their way back', [PAIR, 'The staff were on their way back to OpenAI after the holiday.']],
    [
      'the board on their way back',
      [PAIR, 'The directors were on their way back to OpenAI for the meeting.'],
    ],
  ]);
});
