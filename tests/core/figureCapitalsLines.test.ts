import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * Captions, kickers and on-screen text set all in capitals: there a capital says nothing of a name,
 * so "THE" or "STAFF" is no company owning the figure. Every line is invented.
 */
describe('a line set in capitals reads as the same line in lower case', () => {
  it.each<[string, Array<[string, string]>]>([
    ['OPENAI STAFF SIGNED THE LETTER: 745', [['staff-letter-signatories', '745']]],
    ['EMPLOYEES WHO SIGNED THE LETTER: 745', [['staff-letter-signatories', '745']]],
    ['THE BOARD OF FOUR THAT FIRED ALTMAN', [['board-size', 'FOUR']]],
    ['PHOTO: THE LETTER, WITH 745 NAMES ON IT', [['staff-letter-signatories', '745']]],
  ])('%s', (text, expected) => {
    expect(figureClaimsAfterLead([text])).toEqual(expected);
  });

  it('still gives another company its own figure where the dataset knows its name', () => {
    expect(
      figureClaimsAfterLead(['ANTHROPIC SAYS ITS 150 ENGINEERS SIGNED A LETTER']).filter(
        ([id]) => id === 'staff-letter-signatories',
      ),
    ).toEqual([]);
  });
});
