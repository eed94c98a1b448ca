import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Statements whose subject is given by the page's layout, not the sentence: a profile's name heading
 * above a line of role or date, then fragments without a subject. Every sentence is invented.
 */

describe('a subtitle line under a name heading passes the name on to the fragments below it', () => {
  found([
    [
      'a role line in words',
      [
        'SAM ALTMAN',
        'Chief executive, with one interruption',
        'Reinstated as chief executive less than a week later.',
      ],
      [['altman-returns-as-ceo', 'Reinstated as chief executive']],
    ],
    [
      'a role and years',
      ['Greg Brockman', 'President, 2015–2023', 'Quit hours after the firing, in protest.'],
      [['brockman-exit', 'Quit']],
    ],
    [
      'a date line with an abbreviated month',
      ['EMMETT SHEAR', 'Nov. 20, 2023', 'Named interim chief executive on the Sunday night.'],
      [['shear-appointment', 'Named interim chief executive']],
    ],
    [
      'a date line in capitals',
      ['ILYA SUTSKEVER', 'Nov. 20, 2023', "Publicly regretted the board's actions within days."],
      [['sutskever-regret', "regretted the board's actions"]],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      'under a sentence, not a subtitle',
      [
        'Sam Altman',
        'The board met again on Sunday.',
        'Reinstated as chief executive less than a week later.',
      ],
    ],
    [
      'under a line that names someone else',
      ['Sam Altman', 'with Greg Brockman', 'Reinstated as chief executive less than a week later.'],
    ],
    [
      'two lines below the name',
      ['Sam Altman', 'Chief executive', 'Who’s who', 'Reinstated as chief executive less than a week later.'],
    ],
  ]);
});

describe('a table row in one block: its first cell names whom the other cells are about', () => {
  found([
    [
      'a title cell',
      'Ilya Sutskever\tChief Scientist\tVoted to remove Altman',
      [['sutskever-title', 'Chief Scientist']],
    ],
    ['a role cell', 'Emmett Shear\tinterim CEO\t20–21 Nov 2023', [['shear-appointment', 'interim CEO']]],
    [
      'an act without a subject',
      'Greg Brockman\tPresident\tQuit hours after the firing',
      [['brockman-exit', 'Quit']],
    ],
    [
      'bare acts of two facts parted by a semicolon are two marks (round 14 convention)',
      'Greg Brockman\tPresident, chairman\tRemoved from board; quit',
      [
        ['brockman-exit', 'Removed from board'],
        ['brockman-exit', 'quit'],
      ],
    ],
    [
      'bare acts of one fact parted by a semicolon are one mark',
      'Greg Brockman\tPresident, chairman\tQuit; walked out that night',
      [['brockman-exit', 'Quit; walked out']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['another person’s row', 'Sam Altman\tChief executive\tQuit hours after the firing'],
  ]);
  unmarked('shear-appointment', [['a row led by a role', 'Interim CEO\tMira Murati\tReplaced on Sunday']]);
});

describe('two acts of one claim after a subject stay two marks', () => {
  found([
    [
      'a semicolon after a named subject',
      'Nov 17: Brockman removed as board chair; quits later that day',
      [
        ['brockman-exit', 'removed as board chair'],
        ['brockman-exit', 'quits'],
      ],
    ],
  ]);
});
