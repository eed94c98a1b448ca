import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marks = (text: string) => figureClaimsAfterLead([text]);

describe('a whole staff stated with its verb put off, or as the organisation itself', () => {
  it.each<[string, string]>([
    // A time phrase between the total's noun and its verb.
    ['The company’s workforce at the time was about 770.', 'about 770'],
    ['Headcount then was roughly 780.', 'roughly 780'],
    ['Its payroll, at that point, stood at some 760.', 'some 760'],
    ['Staff numbers in November were around 770.', 'around 770'],
    // The passive of estimating.
    ['Headcount at the time was put at about 770.', 'about 770'],
    ['Its workforce had been estimated at 780.', '780'],
    ['The employee count was reported as roughly 800.', 'roughly 800'],
    // The organisation said to be its people.
    ['The whole company is about 770 people.', 'about 770'],
    ['The firm was roughly 800 staff back then.', 'roughly 800'],
    ['The entire lab is some 770 employees, not a giant.', 'some 770'],
  ])('%s', (text, wording) => {
    expect(marks(text)).toContainEqual(['openai-headcount', wording]);
  });

  it.each([
    // Another company's staff.
    'Anthropic’s workforce at the time was about 300.',
    'Meta’s headcount in 2023 was put at about 67,000.',
    // Not a staff: a crowd, an age, a distance, a price.
    'The crowd at the time was about 770.',
    'The whole company is about 30 years old.',
    'The company at the time was about 770 metres from the station.',
    'The firm was roughly $800 million in debt back then.',
  ])('marks no headcount in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });
});
