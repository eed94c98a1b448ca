import { describe, expect, it } from 'vitest';
import { isDescribedTotal } from '../../src/core/claims/describedTotal.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const claims = (text: string) => figureClaimsAfterLead([text], '2023-11-22T10:00:00+00:00');

describe('a staff’s size as others describe or estimate it is the whole’s (describedTotal.ts)', () => {
  it.each<[string, string]>([
    ['More than 700 had signed by midday, out of a staff they described as 700-plus.', '700-plus'],
    ['The organisers spoke of 745 names, from a workforce reported at about 770.', 'about 770'],
    ['OpenAI’s headcount, variously put at about 770, barely moved that week.', 'about 770'],
    ['Nearly all of a payroll estimated at some 770 threatened to walk.', 'some 770'],
  ])('%s', (text, wording) => {
    expect(claims(text).filter(([id]) => id === 'openai-headcount')).toEqual([['openai-headcount', wording]]);
  });

  it.each<string>([
    // Another company's staff; a valuation; something else described.
    'Anthropic’s staff, described as about 300, stayed put.',
    'The start-up, valued at $86 billion, kept its staff.',
  ])('not OpenAI’s headcount: %s', (text) => {
    expect(claims(text).filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['out of a staff they described as ', true],
    ['in a workforce usually described as ', true],
    ['from a workforce reported at ', true],
    ['a headcount estimated at roughly ', true],
    ['employees described as ', false],
    ['a company valued at ', false],
    ['a staff that grew by ', false],
    // The clause's own verb is left to the reports' values (reportedValueEcho.ts).
    ['The staff itself was counted as roughly ', false],
  ])('isDescribedTotal(%j) is %s', (before, expected) => {
    expect(isDescribedTotal(before)).toBe(expected);
  });
});
