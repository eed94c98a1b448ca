import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * "back" that is no return: the noun owned by a person (support, betrayal, a cornered man) and "go
 * back" over a long span (an old acquaintance). Each beside returns that must still be marked.
 */

describe('"back" the noun', () => {
  unmarked('altman-returns-as-ceo', [
    ['support, possessive pronoun', 'Sam only survived because Greg and the rest of the team had his back.'],
    ['support, named owner', "Murati has always had Altman's back."],
    ['support, slang', "Brockman said he's got Sam's back, whatever happens."],
    ['betrayal', "The directors went behind Sam Altman's back."],
    ['cornered', "With Altman's back to the wall, investors moved."],
  ]);
  found([
    ['"sam\'s back" is "sam is back"', "sam's back.", [['altman-returns-as-ceo', "'s back"]]],
    ['"is back at OpenAI"', 'Altman is back at OpenAI.', [['altman-returns-as-ceo', 'is back at OpenAI']]],
  ]);
});

describe('"go back" over a long span', () => {
  unmarked('altman-returns-as-ceo', [
    ['years, counted', 'He and Altman went back eight years at the company.'],
    ['a long way', 'Brockman and Altman go back a long way at OpenAI.'],
    ['years, bare', 'Altman and Sutskever go back years at the company.'],
    ['a decade', 'Altman and Brockman go back a decade at the company.'],
  ]);
  found([
    [
      'a span that dates the return',
      'Altman came back two days later to OpenAI.',
      [['altman-returns-as-ceo', 'came back']],
    ],
    [
      'a span after the place',
      'Altman went back to the company five days after his firing.',
      [['altman-returns-as-ceo', 'went back to the company']],
    ],
    [
      'no span',
      'Altman went back to OpenAI on Wednesday.',
      [['altman-returns-as-ceo', 'went back to OpenAI']],
    ],
  ]);
});
