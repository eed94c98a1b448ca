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
    // An age the page gave as a person's noun, then the right one said of the person.
    ["The same caption gave Mr Summers's age as 67; he is 68.", [['larry-summers-age', '68']]],
    [
      "A profile on Monday (Who runs OpenAI now, page 12) gave Larry Summers's age as 66. He is 68.",
      [['larry-summers-age', '68']],
    ],
    // Not corrected: nothing after it says otherwise.
    [
      "A profile on Monday gave Larry Summers's age as 68, and his career in Washington.",
      [['larry-summers-age', '68']],
    ],
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

  // review23b #2: "the report said" in ordinary reporting, a dispute, a misdescribed deal.
  it.each<[string, Array<[string, string]>]>([
    [
      'The report said 700 staff signed the letter. It was the largest revolt the industry had seen.',
      [['staff-letter-signatories', '700']],
    ],
    [
      'The report said 505 staff signed the letter. There were about 770 employees in all.',
      [
        ['staff-letter-signatories', '505'],
        ['openai-headcount', 'about 770'],
      ],
    ],
    [
      'The story said more than 700 staff had signed. Only a handful had not.',
      [['staff-letter-signatories', 'more than 700']],
    ],
    [
      'The post said 700 employees had signed; critics said that was wrong.',
      [['staff-letter-signatories', '700']],
    ],
    [
      'Microsoft said OpenAI had wrongly described its $13 billion investment as a takeover.',
      [['microsoft-investment', '$13 billion']],
    ],
  ])('ordinary reporting is no correction: %s', (text, expected) => {
    expect(figures([text])).toEqual(expected);
  });

  it.each([
    'The story said 49 staff had signed; in fact 490 had.',
    'Our article said 49 employees signed the letter. In fact 490 did.',
    'This report incorrectly put the number of signatories at 49.',
    'The article said 49 staff had signed, which was wrong.',
  ])('a correction still withdraws the figure: %s', (text) => {
    expect(figures([text]).map(([, t]) => t)).not.toContain('49');
  });
});
