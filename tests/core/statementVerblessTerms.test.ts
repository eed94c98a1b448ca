import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The letter's terms told without verbs (verblessOuster.ts): "every director out", "the board gone",
 * beside the restoring ("Altman reinstalled", "Sam and Greg back") and the threat, one span; a demand
 * whose second half is a passive infinitive ("for the two founders to be restored") joined to its
 * threat. Invented lines.
 */

describe('terms without a verb are the letter demand', () => {
  found([
    [
      'a terms head, bare terms, the threat of packing up',
      [
        'More than 600 staff signed the letter.',
        'Their conditions were stark: every director out, Altman reinstated, or the whole lot of them would pack up for Redmond.',
      ],
      [
        [
          'staff-letter-demand',
          'every director out, Altman reinstated, or the whole lot of them would pack up for Redmond',
        ],
      ],
    ],
    [
      '"the whole board gone", "Sam and Greg back", "or everyone walks"',
      [
        'Employees signed a letter.',
        'The ultimatum was simple: the whole board gone, Sam and Greg back, or everyone walks.',
      ],
      [['staff-letter-demand', 'the whole board gone, Sam and Greg back, or everyone walks']],
    ],
    [
      'a demand without a threat, the restoring after "and"',
      ['Staff signed a letter.', 'The demand: the board gone and Altman reinstated.'],
      [['staff-letter-demand', 'demand: the board gone and Altman reinstated']],
    ],
    [
      '"wanted the directors gone and Altman back"',
      ['Employees signed a letter.', 'They wanted the directors gone and Altman back.'],
      [['staff-letter-demand', 'wanted the directors gone and Altman back']],
    ],
    [
      '"every member to quit and for the two founders to be restored, or else…"',
      [
        'Hundreds of employees signed an open letter.',
        'It called for every member to quit and for Altman and Brockman to be restored, or else, the signers warned, they might leave for Microsoft.',
      ],
      [
        [
          'staff-letter-demand',
          'called for every member to quit and for Altman and Brockman to be restored, or else, the signers warned, they might leave for Microsoft',
        ],
      ],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ["investors' terms", "Investors' terms: every director out, Altman back."],
    [
      "Microsoft's conditions",
      "Microsoft's conditions were plain: the board gone and Altman back, or no more computing credits.",
    ],
    [
      '"out of the way" is no term',
      ['Hundreds of staff signed a letter.', 'With the board out of the way, Altman returned on Wednesday.'],
    ],
    ['a question', ['Employees signed a letter.', 'Would the board be gone by Friday, or would staff walk?']],
  ]);
});
