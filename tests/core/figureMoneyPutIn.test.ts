import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * Money put in is an investment, never a price: "a company that put $13 billion into OpenAI" is no
 * valuation of OpenAI, whatever "company" near it says. Every line is invented: caption text, a
 * podcast, an analyst's aside.
 */
describe('an amount put in is not a valuation', () => {
  it.each([
    '38:02 and this is a company that put thirteen billion dollars in so make of that what you will',
    'this is a company that put $13 billion into OpenAI',
    'A firm that has poured about $13 billion into the start-up can hardly walk away.',
  ])('%s', (text) => {
    expect(figureClaimsAfterLead([text]).filter(([id]) => id === 'openai-valuation')).toEqual([]);
  });

  it.each([
    ['Thrive’s tender offer valued the company at $86 billion.', '$86 billion'],
    ['The share sale put OpenAI at $86 billion.', '$86 billion'],
  ])('keeps a price: %s', (text, words) => {
    expect(figureClaimsAfterLead([text])).toContainEqual(['openai-valuation', words]);
  });
});
