import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marks = (text: string) => figureClaimsAfterLead([text]);

describe('a part of one company’s staff is not companies in general', () => {
  it.each<[string, string]>([
    ['Either way it was most of a company of about 770.', 'about 770'],
    ['Those who signed were most of a staff of roughly 780.', 'roughly 780'],
    ['It was many of a workforce of some 760, not a handful.', 'some 760'],
  ])('%s', (text, wording) => {
    expect(marks(text)).toContainEqual(['openai-headcount', wording]);
  });

  it.each([
    // Companies in general, with a quantifier before the noun.
    'Most companies of that size have about 800 staff.',
    'Most startups of about 770 people have a board of five.',
    'Any company of about 770 people needs a human resources team.',
    'Many firms with a staff of roughly 780 outsource payroll.',
  ])('marks no headcount in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });
});
