import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * The founding team as pages name it ("founding group", "original team", "founding members") and
 * the founders still there as they say it ("only two are still active", "just two are still there").
 * Every line is invented: a policy newsletter, a feature, a TL;DR, a profile.
 */
const DATED = '2025-12-10';

describe('the founding group and the founders still there', () => {
  it.each([
    'Of the original founding group of 11, reporting late last year counted only two still at the company: Altman and Brockman.',
    'Of the 11-person founding team, only two are still active at OpenAI: Sam Altman and Greg Brockman.',
    "Who's left from day one: of the 11 people who started OpenAI, just two are still there: Sam Altman and Greg Brockman.",
  ])('%s', (text) => {
    const marks = figureClaimsAfterLead([text], DATED).map(([id]) => id);
    expect(marks).toContain('founding-team-size');
    expect(marks).toContain('founders-still-at-openai');
  });

  it('counts founding members as founders, not as a board', () => {
    // The two named after their count are still a count of those left (appositiveList.ts).
    expect(
      figureClaimsAfterLead(
        ['OpenAI had 11 founding members; only two, Altman and Brockman, remain.'],
        DATED,
      ),
    ).toEqual([
      ['founding-team-size', '11'],
      ['founders-still-at-openai', 'two'],
    ]);
  });

  it('leaves the remaining directors to the board, not the founders still there', () => {
    expect(
      figureClaimsAfterLead(
        [
          'Nov. 18 - Investors press the four remaining directors to reverse course, people familiar with the talks say.',
        ],
        '2023-11-25',
      ).filter(([id]) => id === 'founders-still-at-openai'),
    ).toEqual([]);
  });

  it('leaves a count of a group that is not the founders alone', () => {
    expect(
      figureClaimsAfterLead(
        ['Of the 40 researchers in the original team, two are still on the payroll.'],
        DATED,
      ).filter(([id]) => id === 'founding-team-size'),
    ).toEqual([]);
  });
});
