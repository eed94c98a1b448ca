import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('Microsoft’s money in OpenAI, whatever the verb', () => {
  it.each<[string, string]>([
    ['Microsoft, which has injected some $13 billion in the start-up, weighed in.', 'some $13 billion'],
    [
      'Microsoft, which injected some 13 billion dollars into the company, pushed back.',
      'some 13 billion dollars',
    ],
    ['Microsoft has ploughed roughly $13bn into OpenAI since 2019.', 'roughly $13bn'],
    [
      'Microsoft, which plowed more than US$10 billion into the company, was blindsided.',
      'more than US$10 billion',
    ],
    ['Microsoft sank some $13bn into the ChatGPT maker.', 'some $13bn'],
    ['The software giant has bankrolled OpenAI to the tune of $13 billion.', '$13 billion'],
    ['OpenAI has been backed with $13 billion from Microsoft.', '$13 billion'],
    ['The Redmond company has pumped $13 billion into OpenAI.', '$13 billion'],
    ['msft injected 13B into this company lol', '13B'],
  ])('%s', (sentence, wording) => {
    expect(claims([sentence])).toEqual([['microsoft-investment', wording]]);
  });

  it.each([
    // Other money: compute spending, a market value, another company's, revenue.
    'Microsoft has poured $80 billion into data centres this year.',
    "Microsoft's market value rose by $50 billion on Monday.",
    'Microsoft injected $1.5 billion into G42, the Abu Dhabi AI group, last year.',
    "OpenAI's revenue hit $1.3 billion, Microsoft said.",
  ])('not the investment: %s', (sentence) => {
    expect(claims([sentence])).toEqual([]);
  });
});
