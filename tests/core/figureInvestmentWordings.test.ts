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

describe('Microsoft’s holding measured by a valuation verb is its money in, not the company’s value', () => {
  it.each<[string, string]>([
    [
      'Microsoft, whose holding in the ChatGPT developer is valued at more than US$10 billion, was among the winners.',
      'more than US$10 billion',
    ],
    [
      'Broker note: Microsoft, whose stake in the ChatGPT developer is worth more than $10 billion, gained.',
      'more than $10 billion',
    ],
    [
      "Museum caption: Microsoft's shareholding in the San Francisco start-up is now valued at about $13 billion.",
      'about $13 billion',
    ],
    ["FAQ: Microsoft's holdings in OpenAI are worth some $13bn.", 'some $13bn'],
    ['Microsoft has engaged more than 10 billion dollars in the enterprise.', 'more than 10 billion dollars'],
    ['Story card: Microsoft has staked about $13 billion on the start-up.', 'about $13 billion'],
    ['Transcript: Microsoft has funnelled roughly $13bn into OpenAI.', 'roughly $13bn'],
    ['Microsoft has channelled around $13 billion into the company.', 'around $13 billion'],
  ])('%s', (text, wording) => {
    expect(claims([text])).toEqual([['microsoft-investment', wording]]);
  });

  it.each<[string, Array<[string, string]>]>([
    // Near-misses: the verb "holding" is no holding, and the company's own value stays its valuation.
    ['Holding 40% of enterprise adoption, Anthropic now leads OpenAI among business buyers.', []],
    [
      'Investors holding the stock in a fund like this saw it rise roughly 1 per cent when the deal was struck.',
      [['microsoft-share-move', 'roughly 1 per cent']],
    ],
    [
      'OpenAI, in which Microsoft holds a big stake, is valued at about $86 billion.',
      [['openai-valuation', 'about $86 billion']],
    ],
  ])('not Microsoft’s money: %s', (text, expected) => {
    expect(claims([text])).toEqual(expected);
  });
});
