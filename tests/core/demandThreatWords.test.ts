import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * "Resign or we leave": the threat after the board's act reads who goes and how by ultimatumThreat's
 * lists (THREAT_SPEAKERS, THREAT_GOING), the same words every ultimatum reader uses. Invented lines.
 */

describe('the staff and their going after "or" are ultimatumThreat’s', () => {
  found([
    [
      'a verb of going only that list has',
      "'Step down or we depart,' staff told the board",
      [['staff-letter-demand', 'Step down or we depart']],
    ],
    [
      'a form only that list has',
      "'Resign or everyone goes,' staff told the board",
      [['staff-letter-demand', 'Resign or everyone goes']],
    ],
    [
      'a speaker only that list has',
      "'Resign or hundreds walk,' staff told the board",
      [['staff-letter-demand', 'Resign or hundreds walk']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['others going', "'Resign or investors walk,' a fund told the board"],
    ['no going', "'Resign or we talk,' staff told the board"],
  ]);
});
