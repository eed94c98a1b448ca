import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 26: an act told as a gerund after a preposition of time that opens the sentence ("Hours after
 * losing the chairmanship, Brockman …") is the act of the subject after the comma that closes the
 * clause, as an opening participle's is ("Stripped of the chairmanship, Brockman …"). Every sentence
 * is invented.
 */

describe("a gerund after an opening preposition of time is the main subject's act", () => {
  found([
    [
      'a time measure before "after"',
      'Hours after losing the chairmanship, Greg Brockman posted a long note to staff.',
      [['brockman-exit', 'losing the chairmanship']],
    ],
    [
      '"shortly after", a board seat',
      'Shortly after losing his seat on the board, Brockman went quiet for a day.',
      [['brockman-exit', 'losing his seat on the board']],
    ],
    [
      'a bare "after" in a headline',
      'After losing OpenAI chairmanship, Brockman speaks out',
      [['brockman-exit', 'losing OpenAI chairmanship']],
    ],
    [
      '"a day after", another claim',
      'A day after joining Microsoft, Sam Altman posted a photo of his badge.',
      [['altman-joins-microsoft', 'joining Microsoft']],
    ],
    [
      '"since", quitting',
      'Since quitting OpenAI, Greg Brockman has posted little.',
      [['brockman-exit', 'quitting']],
    ],
  ]);
  unmarked('brockman-exit', [
    [
      'the subject after the comma is someone else',
      'Hours after losing the chairmanship, the board told staff little about Brockman.',
    ],
    ['a condition', 'If losing the chairmanship hurt, Greg Brockman never said so.'],
    ['an adverb that undoes it', 'After nearly losing the chairmanship, Greg Brockman kept it.'],
    ['without', 'Without losing the chairmanship, Greg Brockman could not have left.'],
  ]);
});
