import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

describe("an age given as a noun of its person is that person's age (parseFigure.ts, AGE_WORDS_BEFORE)", () => {
  it.each<[string, Array<[string, string]>]>([
    ["That paper also gives Altman's age as 38.", [['sam-altman-age', '38']]],
    ["Reuters put Sam Altman's age at 38 when he was fired.", [['sam-altman-age', '38']]],
    ['Larry Summers joined the board; his age is 68.', [['larry-summers-age', '68']]],
    ["The filing lists Bret Taylor's age as 43.", [['bret-taylor-age', '43']]],
    ["Adam D'Angelo's age was 39 when the board met.", [['adam-d-angelo-age', '39']]],
  ])('%s', (sentence, expected) => {
    expect(figures([sentence])).toEqual(expected);
  });

  it.each([
    // The number is not the age itself, or the age is nobody's.
    ["Sam Altman's age is 38 percent of the board's combined tenure."],
    ['Sam Altman said the age of 38 is young for a chief executive.'],
    ["The board's average age is 52, Sam Altman said."],
  ])('not an age of the person: %s', (sentence) => {
    expect(figures([sentence]).filter(([id]) => id.endsWith('-age'))).toEqual([]);
  });
});
