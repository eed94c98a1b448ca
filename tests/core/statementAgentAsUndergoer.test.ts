import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * An object pronoun is read as the nearest person, who may be the one doing the act to it ("Nadella said
 * they had hired him"). Where the frame lists that person among its agents and not its subjects, the
 * pronoun means its next reading, if the frame's subject is that one. Every sentence is invented.
 */

describe("an object pronoun first read as the act's own agent means the person before", () => {
  found([
    [
      'a reporter: "confirmed Microsoft had hired him"',
      ['Sam Altman was out by Friday night.', 'Satya Nadella later confirmed Microsoft had hired him.'],
      [['altman-joins-microsoft', 'had hired him']],
    ],
    [
      'a commenter: "goes and hires him"',
      ['Altman got fired, right?', 'and then Nadella goes and hires him two days later'],
      [['altman-joins-microsoft', 'hires him']],
    ],
    [
      'a column: "his company had recruited him"',
      [
        'Nobody expected the board to push Altman out.',
        'By Sunday Nadella wrote that his company had recruited him.',
      ],
      [['altman-joins-microsoft', 'had recruited him']],
    ],
    [
      'a "they" for the company: "they\'d snapped him up"',
      ['Altman lost his job on Friday.', "Within two days Nadella said they'd snapped him up."],
      [['altman-joins-microsoft', "'d snapped him up"]],
    ],
    [
      'a reply under a line that names no one',
      [
        'Could Altman really have started there?',
        'Reply · 2d',
        'All we know: Nadella wrote that they had hired him.',
      ],
      [['altman-joins-microsoft', 'had hired him']],
    ],
  ]);
});

unmarked('altman-joins-microsoft', [
  [
    'the next reading is someone the frame is not about',
    ['Emmett Shear was named interim chief on Sunday.', 'Nadella said Microsoft had hired him.'],
  ],
  [
    'the first reading is not an agent',
    ['Altman was fired on Friday.', 'Brockman said Microsoft had hired him.'],
  ],
  ['"her": another person', ['Mira Murati stayed at OpenAI.', 'Nadella said Microsoft had hired her.']],
  ['a question', ['Altman was fired on Friday.', 'Will Nadella say Microsoft has hired him?']],
]);
