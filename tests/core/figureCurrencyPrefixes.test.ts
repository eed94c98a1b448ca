import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const read = (text: string) => findFigures(text).map((f) => [f.wording, f.unit, f.low, f.high]);

describe('the dollar as papers outside the US mark it', () => {
  it.each<[string, Array<[string, string, number, number]>]>([
    ['committed more than $US10 billion to it', [['more than $US10 billion', 'usd', 10e9, 15e9]]],
    ['a $US13 billion investment', [['$US13 billion', 'usd', 13e9, 13e9]]],
    ['valued at US$500 billion', [['US$500 billion', 'usd', 500e9, 500e9]]],
    ['put in US$ 13bn', [['US$ 13bn', 'usd', 13e9, 13e9]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    // Another country's dollar is not the reports' dollar: it is read as no figure rather than a wrong one.
    'a A$10 billion deal',
    'C$13 billion',
    // "$US" must be followed by its amount.
    'the $USD rate',
  ])('%s is not read as US dollars', (text) => {
    expect(findFigures(text).filter((f) => f.unit === 'usd')).toEqual([]);
  });
});

describe('…and such a figure is a claim like any other', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Microsoft, which has committed more than $US10 billion to OpenAI, looks the big winner.',
      [['microsoft-investment', 'more than $US10 billion']],
    ],
    [
      'The ChatGPT maker, valued at $US500 billion, says research remains central to its mission.',
      [['openai-valuation', '$US500 billion']],
    ],
  ])('%s', (block, expected) => {
    expect(figureClaimsAfterLead([block])).toEqual(expected);
  });
});

describe('money with its sign left off, where only money fits', () => {
  it.each<[string, Array<[string, string]>]>([
    ['So the 13B investment now comes with the founders attached.', [['microsoft-investment', '13B']]],
    ['msft put 13B into this company and found out from a blog post', [['microsoft-investment', '13B']]],
  ])('%s', (block, expected) => {
    expect(figureClaimsAfterLead([block])).toEqual(expected);
  });

  it.each(['a 13B model', 'The model has 13B parameters.', 'They trained it on 2 trillion tokens.'])(
    '%s is no sum of money',
    (text) => {
      expect(findFigures(text).filter((f) => f.unit === 'usd')).toEqual([]);
    },
  );
});
