import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 26: a person's own message as the subject of an act of expression ("His Monday post on X
 * expressed deep remorse", "Sutskever's statement apologised to staff"): what the message says, its
 * author says. Every sentence is invented.
 */

describe("a person's message expresses what he does", () => {
  found([
    [
      'a possessive name, the platform after the noun',
      "Sutskever's post on X expressed deep remorse for his part.",
      [['sutskever-regret', 'expressed deep remorse for his part']],
    ],
    [
      '"his" and a day before the noun',
      ['Ilya Sutskever sat on the board.', 'His Monday statement voiced regret over the vote.'],
      [['sutskever-regret', 'voiced regret over the vote']],
    ],
    [
      'a tweet that apologises',
      "Ilya Sutskever's tweet apologised to the staff.",
      [['sutskever-regret', 'apologised']],
    ],
    [
      'adjectives before the noun, an admission',
      ['Ilya Sutskever signed the letter.', 'His short public message admitted a mistake.'],
      [['sutskever-regret', 'admitted a mistake']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ["another person's post", "Ilya Sutskever voted. Mira Murati's post on X expressed deep regret."],
    ['a denial', "Sutskever's post on X did not express regret."],
    ['a possibility', "Sutskever's post on X may have expressed regret."],
    ["his lawyer's statement", "Ilya Sutskever voted. His lawyer's statement expressed regret."],
    ['a question', "Did Sutskever's post on X express remorse?"],
  ]);
});
