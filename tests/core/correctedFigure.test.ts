import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

/*
 * Corrections wording (correctedFigure.ts): the figure a correction withdraws is refused, the right value
 * stands. Invented sentences in the registers of corrections columns and update notes.
 */
describe('the corrected figure is refused, the right one stands', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'The article said 49 staff had signed; the correct figure is 490.',
      [['staff-letter-signatories', '490']],
    ],
    ['An earlier version misstated the number of signatories as 49.', []],
    [
      'Our story wrongly gave the number of signatories as 500. It was 700.',
      [['staff-letter-signatories', '700']],
    ],
    [
      'The article also said all three directors were new to the board. Only two of them, Taylor and Larry Summers, are new.',
      [['new-board-newcomers', 'two']],
    ],
    ['Correction: the story said Altman was 37. He is 38.', [['sam-altman-age', '38']]],
  ])('%s', (text, expected) => {
    expect(figures([text])).toEqual(expected);
  });

  it.each([
    'The 49 came from an early draft and was a typing error for 490.',
    'The 49 signatures in the first edition should have read 490.',
    'Its figure of 49 signatories was a typo for 490.',
  ])('the figure named as the error: %s', (text) => {
    expect(figures([text]).map(([, t]) => t)).not.toContain('49');
  });

  it.each<[string, Array<[string, string]>]>([
    [
      'The Information’s article said 700 staff had signed the letter.',
      [['staff-letter-signatories', '700']],
    ],
    [
      'The report said 700 employees had signed, and the number kept rising.',
      [['staff-letter-signatories', '700']],
    ],
  ])('a report with no correction stays: %s', (text, expected) => {
    expect(figures([text])).toEqual(expected);
  });
});
