import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The two conventions settled in round 14 (DESIGN.md: one claim instance, one mark, covering the words
 * that carry it),. Every sentence is invented.
 */

describe('the letter’s demand and its threat in one sentence are one mark, however they are joined', () => {
  found([
    [
      '", or" and a longer staff subject',
      'Staff signed a letter. It told the directors to quit and reinstate Altman, or the signers would leave for Microsoft.',
      [
        [
          'staff-letter-demand',
          'told the directors to quit and reinstate Altman, or the signers would leave for Microsoft',
        ],
      ],
    ],
    [
      '"and said … otherwise"',
      'Employees called on the directors to resign and said they might otherwise defect to Microsoft.',
      [
        [
          'staff-letter-demand',
          'called on the directors to resign and said they might otherwise defect to Microsoft',
        ],
      ],
    ],
    [
      'a semicolon and "failing that"',
      'The employees wanted the board gone; failing that, they would move to Microsoft.',
      [['staff-letter-demand', 'wanted the board gone; failing that, they would move to Microsoft']],
    ],
    [
      'a dash, British register',
      'Staff told the board to stand down and reinstate Mr Altman — or they will decamp to Microsoft.',
      [
        [
          'staff-letter-demand',
          'told the board to stand down and reinstate Mr Altman — or they will decamp to Microsoft',
        ],
      ],
    ],
    [
      'the terms in the indicative, the board their subject',
      'Staff signed a letter. Their terms: the whole board resigns and brings back Altman, or they walk.',
      [['staff-letter-demand', 'terms: the whole board resigns and brings back Altman, or they walk']],
    ],
    [
      '"or the people who signed walk out", and the restoring inside it is no return',
      "The letter's message: every director steps down and Altman is reinstated, or the people who signed walk out.",
      [
        [
          'staff-letter-demand',
          'message: every director steps down and Altman is reinstated, or the people who signed walk out',
        ],
      ],
    ],
  ]);
  found([
    [
      'near miss: the threat in a sentence of its own stays its own mark',
      'Staff signed a letter. It told the board to resign. Otherwise, the signers said, they would quit.',
      [
        ['staff-letter-demand', 'told the board to resign'],
        ['staff-letter-demand', 'would quit'],
      ],
    ],
    [
      'near miss: ", or" without a threat after it',
      'Staff signed a letter. It told the board to resign, or at least to explain itself.',
      [['staff-letter-demand', 'told the board to resign']],
    ],
    [
      'near miss: a third verb of a list between them keeps them apart',
      'Workers urged the board to quit, mocked the way the week had been handled and vowed to follow Altman to Microsoft.',
      [
        ['staff-letter-demand', 'urged the board to quit'],
        ['staff-letter-demand', 'vowed to follow Altman'],
      ],
    ],
  ]);
  unmarked('staff-letter-demand', [
    [
      'near miss: the board’s act "or" someone else’s',
      'Staff signed a letter. The board resigns or it is sued, investors said.',
    ],
    [
      'near miss: "or" with no staff after it',
      'Staff signed a letter. Every director quits or is forced out, or nothing changes.',
    ],
  ]);
});

describe('Brockman removed as chair and Brockman quitting are two marks, even in one sentence', () => {
  found([
    [
      'an opening participle, then the quitting',
      'Stripped of the chairmanship, Brockman resigned as president.',
      [
        ['brockman-exit', 'Stripped of the chairmanship'],
        ['brockman-exit', 'resigned as president'],
      ],
    ],
    [
      'an opening participle with a time, a phrasal verb after',
      'Demoted from chairman that afternoon, Greg Brockman walked out by nightfall.',
      [
        ['brockman-exit', 'Demoted from chairman'],
        ['brockman-exit', 'walked out'],
      ],
    ],
    [
      '"and" between the two',
      'Brockman lost his board seat on Friday and handed in his notice that night.',
      [
        ['brockman-exit', 'lost his board seat'],
        ['brockman-exit', 'handed in his notice'],
      ],
    ],
    [
      '", then"',
      'Greg Brockman was kicked off the board, then quit.',
      [
        ['brockman-exit', 'was kicked off the board'],
        ['brockman-exit', 'quit'],
      ],
    ],
    [
      'near miss: leaving a building is no second instance',
      'Greg Brockman quit and walked out of the building.',
      [['brockman-exit', 'quit']],
    ],
  ]);
});
