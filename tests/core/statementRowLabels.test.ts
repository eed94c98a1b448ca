import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A table or infobox row whose label cell names the act for the names its value cell lists (rowLabel.ts):
 * "Interim CEOs" above "Mira Murati (17–19 Nov); Emmett Shear (from 20 Nov)" says each was interim CEO.
 * Each item is read as the field "<label>: <item>"; the item is the span. Invented rows.
 */

describe('a plural row label gives each listed name its act', () => {
  found([
    [
      'two holders, each with dates',
      ['Interim CEOs', 'Mira Murati (17–19 Nov); Emmett Shear (from 20 Nov)'],
      [['shear-appointment', 'Emmett Shear (from 20 Nov)']],
    ],
    [
      'holders divided by a middle dot',
      ['Interim CEOs', 'Mira Murati (17–19 Nov) · Emmett Shear (from 20 Nov)'],
      [['shear-appointment', 'Emmett Shear (from 20 Nov)']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['a label that names no act', ['Directors', "Emmett Shear; Adam D'Angelo"]],
    [
      'a label over a sentence, not a list',
      ['Interim CEOs', 'Emmett Shear said on Monday he would investigate the firing.'],
    ],
    ['an item that opens with no name', ['Interim CEOs', 'to be announced; Emmett Shear']],
  ]);
});
