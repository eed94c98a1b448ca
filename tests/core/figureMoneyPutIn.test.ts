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

// Money given to OpenAI, or the cheques written to it, is money put in: "had given OpenAI $13 billion".
describe('money given, handed or written in cheques is an investment', { timeout: 30000 }, () => {
  it.each<[string, string]>([
    [
      'Microsoft, a giant that has given OpenAI roughly thirteen billion dollars, was told last.',
      'roughly thirteen billion dollars',
    ],
    ['Microsoft has handed OpenAI some $13bn since 2019.', 'some $13bn'],
    ['Microsoft’s cheques to the lab now add up to about $13 billion.', 'about $13 billion'],
    ['By 2023 Microsoft had written checks totaling $13 billion to the ChatGPT maker.', '$13 billion'],
  ])('%s', (text, words) => {
    expect(figureClaimsAfterLead([text])).toEqual([['microsoft-investment', words]]);
  });

  it.each<[string, Array<[string, string]>]>([
    [
      'Given OpenAI’s $86 billion price tag, Microsoft’s stake looks cheap.',
      [['openai-valuation', '$86 billion']],
    ],
    [
      'Microsoft has given OpenAI a seat; the company is valued at $86 billion.',
      [['openai-valuation', '$86 billion']],
    ],
    ['The foundation has given the museum $13 million this year.', []],
  ])('not money put in: %s', (text, expected) => {
    expect(figureClaimsAfterLead([text])).toEqual(expected);
  });
});
