import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The board named as the subject of one sentence and then as "they"/"them" in the letter's demand of the
 * next ("The directors would not budge. Staff signed a letter demanding that they resign."). Every
 * sentence is invented.
 */

describe('"they" in the demand means the board the sentence before is about', () => {
  found([
    [
      'an explainer: "demanding that they step down"',
      [
        'The directors would not budge.',
        'By Monday nearly every employee had signed a letter demanding that they step down.',
      ],
      [['staff-letter-demand', 'demanding that they step down']],
    ],
    [
      'a recap: "asking them to resign"',
      ["OpenAI's board refused to explain itself.", 'Staff answered with a letter asking them to resign.'],
      [['staff-letter-demand', 'asking them to resign']],
    ],
    [
      'a commenter: "calling on them to resign"',
      [
        'the four directors held firm all weekend',
        'then hundreds of staff signed a letter calling on them to resign',
      ],
      [['staff-letter-demand', 'calling on them to resign']],
    ],
    [
      'one block: the board in the sentence before',
      ['The board stayed silent on Sunday. Employees replied with a letter demanding that they resign.'],
      [['staff-letter-demand', 'demanding that they resign']],
    ],
  ]);
});

unmarked('staff-letter-demand', [
  ['a question', ['The directors would not budge.', 'Will staff sign a letter demanding that they resign?']],
  [
    'people, not the board, before',
    ['Altman and Brockman were out.', 'Staff at a rival signed a petition demanding that they resign.'],
  ],
  ['no board before', ['Investors were nervous.', 'A letter went round demanding that they resign.']],
]);
