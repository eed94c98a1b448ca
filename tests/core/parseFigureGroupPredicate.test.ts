import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';

/** The noun each figure of a text counts, as parseFigure reads it. */
const nouns = (text: string) => findFigures(text).map((f) => [f.wording, f.noun ?? null]);

describe('a predicate names the group a count counts (GROUP_NUMBERS_BEFORE, IS_GROUP_AFTER)', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['The four were the directors who voted Sam Altman out.', [['four', 'directors']]],
    ['Two are the new members: Bret Taylor and Larry Summers.', [['Two', 'newcomers']]],
    ['In the end the signers totalled 738.', [['738', 'signers']]],
    ['Its newcomers number 50.', [['50', 'newcomers']]],
  ])('%s', (text, expected) => {
    expect(nouns(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    // A part set apart by its describing word.
    ['Three were outside directors, and one was not.', 'directors'],
    // A noun inside the subject's relative clause is not the subject.
    ['Employees who wrote to directors numbered 700.', 'directors'],
    // A group said to do something, not to be a group.
    ['The two were the first to sign.', 'signers'],
  ])('near miss: %s', (text, noun) => {
    expect(nouns(text).map(([, n]) => n)).not.toContain(noun);
  });
});
