import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 22, wave 2: the staff's threat told without "threaten" and without a condition on the board
 * (a threat they signed or made, a threat in their own reported words), and the copular appointment
 * "Shear is OpenAI's new interim CEO". Each beside near-misses. Every sentence is invented.
 */

describe('the staff threat as a thing they signed or made', () => {
  found([
    [
      '"signed a threat"',
      'More than 700 employees have signed a threat to walk out.',
      [['staff-letter-demand', 'threat to walk out']],
    ],
    [
      '"put their names to a threat"',
      'Hundreds of staff had put their names to a threat to quit.',
      [['staff-letter-demand', 'threat to quit']],
    ],
    [
      '"issued an ultimatum"',
      'Researchers issued an ultimatum to resign en masse.',
      [['staff-letter-demand', 'ultimatum to resign']],
    ],
    [
      '"backed a collective threat"',
      'Most of the workforce backed a collective threat to leave.',
      [['staff-letter-demand', 'threat to leave']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['a threat others discuss', 'Employees discussed the threat to walk out.'],
    ['a threat judged by analysts', 'Analysts said the threat to walk out was real.'],
  ]);
});

describe('the staff threat in their own reported words', () => {
  found([
    [
      '"said they would walk out"',
      'Employees said they would walk out.',
      [['staff-letter-demand', 'would walk out']],
    ],
    [
      '"say they could follow", the person left unsaid',
      'Hundreds of OpenAI workers say they could follow.',
      [['staff-letter-demand', 'could follow']],
    ],
    [
      '"told managers they would quit"',
      'Staff told managers they would quit.',
      [['staff-letter-demand', 'would quit']],
    ],
    [
      '"say they\'d follow Altman"',
      "Employees say they'd follow Altman to Microsoft.",
      [['staff-letter-demand', "'d follow Altman"]],
    ],
    [
      '"insist they will resign"',
      'Engineers insist they will resign.',
      [['staff-letter-demand', 'will resign']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['an everyday leaving', 'Staff said they would leave early for Thanksgiving.'],
    ['an everyday going', 'Employees said they would go to the office on Monday.'],
    ['a walk to work', 'Engineers said they would walk to the office on Monday.'],
    ['a refusal', 'Employees said they would not quit.'],
    ['someone else quitting', 'Employees said Altman would quit.'],
    ['what did not happen', 'Staff said they would have resigned.'],
    ['another party', "Investors said they would follow the company's lead."],
    ['following the news', 'Staff say they will follow the news closely.'],
  ]);
});

describe('the copular appointment with the title just given', () => {
  found([
    [
      '"is OpenAI\'s new interim CEO"',
      "Emmett Shear is OpenAI's new interim CEO.",
      [['shear-appointment', "is OpenAI's new interim CEO"]],
    ],
    [
      '"is the company\'s newly appointed interim boss"',
      "Emmett Shear is the company's newly appointed interim boss.",
      [['shear-appointment', "is the company's newly appointed interim boss"]],
    ],
    [
      '"was the newly named stopgap CEO"',
      'Emmett Shear was the newly named stopgap CEO.',
      [['shear-appointment', 'was the newly named stopgap CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['a denial', 'Emmett Shear is not the new interim CEO.'],
    ['a question', 'Is Emmett Shear the new interim CEO?'],
    ['another holder', 'Mira Murati is the new interim CEO.'],
    ['another new role', 'Emmett Shear is a new investor in the company.'],
  ]);
});

describe('the post as the subject of a passive gift or taking', () => {
  found([
    [
      '"the chairmanship was taken from"',
      "The board chairmanship was taken from Greg Brockman, OpenAI's president.",
      [['brockman-exit', 'board chairmanship was taken from Greg Brockman']],
    ],
    [
      '"was stripped from"',
      'The chairmanship was stripped from Greg Brockman on Friday.',
      [['brockman-exit', 'chairmanship was stripped from Greg Brockman']],
    ],
    [
      '"taken away from"',
      'The chair was taken away from Brockman.',
      [['brockman-exit', 'chair was taken away from Brockman']],
    ],
    [
      '"the interim CEO job was handed to"',
      'The interim CEO job was handed to Emmett Shear.',
      [['shear-appointment', 'interim CEO job was handed to Emmett Shear']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a denial', 'The chairmanship was not taken from Greg Brockman.'],
    ['furniture from a room', 'The chair was taken from the conference room.'],
    ['a post taken from a text', 'The chairmanship was taken from the bylaws.'],
  ]);
});

describe('the job back, in more of its nouns', () => {
  found([
    [
      '"his old title back"',
      'Altman gets his old title back.',
      [['altman-returns-as-ceo', 'gets his old title back']],
    ],
    [
      '"his crown back"',
      'Altman got his crown back by Tuesday.',
      [['altman-returns-as-ceo', 'got his crown back']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a title of another kind', 'Altman got the book title back from the printer.'],
    // review23 #11: a spot may be a board seat, an office a room.
    ['a board spot', 'Altman got his spot back on the board in March 2024.'],
    [
      'a room',
      'Altman finally got his office back at the Mission Bay headquarters, where staff had hung balloons.',
    ],
    ['an old spot', 'Altman got his old spot back in the parking garage.'],
  ]);
});
