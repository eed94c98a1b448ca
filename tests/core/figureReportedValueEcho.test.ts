import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import {
  AMBIGUOUS_ECHO,
  DISTINCTIVE_ECHO,
  echoWeight,
  reportedValues,
} from '../../src/core/claims/reportedValueEcho.ts';
import { figureClaimsAfterLead, matcher } from './helpers/annotate.ts';

const values = reportedValues(matcher.figureClaims);
const claim = (id: string) => matcher.claims.get(id)!;
/** The echo weight of the first figure of a text for a topic. */
const echo = (id: string, text: string) => echoWeight(values, claim(id), text, findFigures(text)[0]!);

describe('a page figure that repeats a value the reports give for a topic echoes it', () => {
  it('weighs a value only this topic reports, whatever rounding words come with it', () => {
    expect(echo('staff-letter-signatories', '505 signed')).toBe(DISTINCTIVE_ECHO);
    expect(echo('staff-letter-signatories', 'some five hundred and five')).toBe(DISTINCTIVE_ECHO);
    expect(echo('openai-headcount', 'roughly 770')).toBe(DISTINCTIVE_ECHO);
    expect(echo('openai-headcount', '770')).toBe(DISTINCTIVE_ECHO);
    expect(echo('openai-valuation', 'around $86 billion')).toBe(DISTINCTIVE_ECHO);
    expect(echo('openai-valuation', 'US$86bn')).toBe(DISTINCTIVE_ECHO);
    expect(echo('microsoft-investment', 'about $13 billion')).toBe(DISTINCTIVE_ECHO);
    expect(echo('gemini-monthly-users', '650 million users')).toBe(DISTINCTIVE_ECHO);
  });

  it('weighs less a value two topics report ("700": signers and staff)', () => {
    expect(echo('staff-letter-signatories', 'more than 700')).toBe(AMBIGUOUS_ECHO);
    expect(echo('openai-headcount', '700-plus')).toBe(AMBIGUOUS_ECHO);
    expect(AMBIGUOUS_ECHO).toBeLessThan(DISTINCTIVE_ECHO);
  });

  it('gives nothing for a value the topic does not report, or another topic’s value', () => {
    expect(echo('openai-headcount', '505')).toBe(0);
    expect(echo('staff-letter-signatories', 'roughly 770')).toBe(0);
    expect(echo('openai-valuation', '$13 billion')).toBe(0);
    expect(echo('openai-headcount', '3,700')).toBe(0);
  });

  it('gives nothing for small counts, ages and spans of time, which every story repeats', () => {
    expect(echo('board-size', 'four directors')).toBe(0);
    expect(echo('board-expansion', 'up to nine seats')).toBe(0);
    expect(echo('founding-team-size', '11 founders')).toBe(0);
    expect(echo('jerry-tworek-tenure', 'seven years')).toBe(0);
  });

  it('gives nothing for a slip one report made, far from every other report ("49" signers)', () => {
    expect(echo('staff-letter-signatories', '49')).toBe(0);
  });

  it('gives nothing for a sum that says what flow of money it measures', () => {
    expect(echo('openai-valuation', '$86 billion in ad revenue')).toBe(0);
    expect(echo('openai-valuation', '$500 billion of data centre spending')).toBe(0);
    expect(echo('microsoft-investment', '$13bn in annual sales')).toBe(0);
    expect(echo('openai-valuation', '$86 billion, triple April')).toBe(DISTINCTIVE_ECHO);
  });
});

describe('an echo with its topic in reach ties a figure whose own words do not', () => {
  it.each<[string[], Array<[string, string]>]>([
    [
      ['The letter was everywhere by Monday morning. Kara Swisher had 505 early on.'],
      [['staff-letter-signatories', '505']],
    ],
    [
      ['Signatures kept arriving all night. Early reports, citing Swisher, put the figure at 505.'],
      [['staff-letter-signatories', '505']],
    ],
    [
      ['Staff kept signing all night. The count I remember is 505, via Kara Swisher.'],
      [['staff-letter-signatories', '505']],
    ],
    [
      ['The tender offer is back on track. It prices OpenAI at around $86 billion.'],
      [['openai-valuation', 'around $86 billion']],
    ],
    [
      ['The workforce is what the board misjudged. The company has about seven hundred and seventy.'],
      [['openai-headcount', 'about seven hundred and seventy']],
    ],
    [
      ['The share sale was back on track by Friday. Thrive’s deal puts it at $86bn, up from $28bn.'],
      [
        ['openai-valuation', '$86bn'],
        ['openai-valuation', '$28bn'],
      ],
    ],
  ])('%j', (blocks, expected) => {
    expect(figureClaimsAfterLead(blocks)).toEqual(expected);
  });
});

describe('an echo never ties a figure alone: its topic must be in reach, and exclusions hold', () => {
  it.each([
    // No topic word in reach: the story's names alone do not carry the echo.
    ['Kara Swisher had 505 early on.'],
    ['Microsoft bought Nuance for about $13 billion back in 2021.'],
    ['About 500 people attended DevDay, where Altman spoke.'],
    // In reach, but the figure says it counts or measures something else.
    ['The staff letter spread fast. Our newsletter now reaches 505 readers.'],
    ['OpenAI’s valuation was debated. Alphabet made $86 billion in ad revenue last quarter.'],
    ['The staff letter circulated on Monday. Elsewhere, 770 flights were cancelled.'],
    ['Staff signed a letter. The company also has 505 open roles.'],
    // A date, a small count, a slip discussed.
    ['The staff letter went out on 17 November, a Monday.'],
    ['The staff letter spread fast. WION’s "49" appears to be a dropped digit.'],
    // Talk of what might be.
    ['Staff signed the letter. If 505 had walked, the company would have collapsed.'],
  ])('%s', (text) => {
    expect(figureClaimsAfterLead([text])).toEqual([]);
  });
});

describe('a value only a total’s reports give stands in a total’s place, however it is put', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'The staff itself was counted as roughly 770, by the company’s own figures.',
      [['openai-headcount', 'roughly 770']],
    ],
    [
      'Workforce estimates vary less: reports put the company at about 770 people.',
      [['openai-headcount', 'about 770']],
    ],
    ['Dashed line: total staff, reported as roughly 770', [['openai-headcount', 'roughly 770']]],
    [
      'The signatures kept coming, from a workforce variously put at about 770.',
      [['openai-headcount', 'about 770']],
    ],
  ])('%s', (text, expected) => {
    expect(figureClaimsAfterLead([text])).toEqual(expected);
  });

  it.each([
    // A value the signers’ reports give is no total, wherever it stands.
    'The staff itself was counted as roughly 505, by one outlet.',
    // A total's value of another workforce.
    'The staff at Anthropic was counted as roughly 770 at the time.',
  ])('leaves %s', (text) => {
    expect(figureClaimsAfterLead([text]).filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });
});
