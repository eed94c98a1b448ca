import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 26: "his decision to join Microsoft", "Brockman's choice to quit": a person's own decision
 * to act tells the act as "he decided to join" does, with the possessor as its subject. Every
 * sentence is invented.
 */

describe("a person's decision to act is his act", () => {
  found([
    [
      'a possessive name',
      "Altman's decision to join Microsoft stunned OpenAI's staff.",
      [['altman-joins-microsoft', 'decision to join Microsoft']],
    ],
    [
      '"his" after a sentence naming him',
      ['Sam Altman was fired on Friday.', 'His decision to join Microsoft came two days later.'],
      [['altman-joins-microsoft', 'decision to join Microsoft']],
    ],
    [
      'a choice, another claim',
      "Greg Brockman's choice to quit left OpenAI without a president.",
      [['brockman-exit', 'choice to quit']],
    ],
    [
      'an object of a preposition',
      'Investors were surprised by Sam Altman’s decision to join Microsoft.',
      [['altman-joins-microsoft', 'decision to join Microsoft']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a decision not to', "Altman's decision not to join Microsoft surprised no one."],
    ["nobody's decision", 'A decision to join Microsoft would be his alone, Altman said.'],
    ['a question', "Was Altman's decision to join Microsoft final?"],
    ["another person's decision", "Satya Nadella's decision to join Microsoft dates to 1992."],
  ]);
});
