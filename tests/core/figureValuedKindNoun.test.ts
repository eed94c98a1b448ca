import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const valuation = (text: string) =>
  figureClaimsAfterLead([text], '2025-12-20T10:00:00+00:00')
    .filter(([id]) => id === 'openai-valuation')
    .map(([, t]) => t);

describe('a company named by its worth (valuedKindNoun.ts)', () => {
  it.each<[string, string[]]>([
    ['OpenAI is a $500 billion business, and it still loses money.', ['$500 billion']],
    ['OpenAI is now a $500bn operation with a consumer app at its heart.', ['$500bn']],
    ['OpenAI has become a $300 billion juggernaut in under a decade.', ['$300 billion']],
    ['OpenAI, a $500 billion behemoth, said on Tuesday it would open an office in Seoul.', ['$500 billion']],
    ["OpenAI's a $500bn business now, whatever its nonprofit roots.", ['$500bn']],
    ['Investors say OpenAI remains a $157 billion concern despite the turmoil.', ['$157 billion']],
    ['OpenAI — a $500 billion business — wants more chips.', ['$500 billion']],
    ['OpenAI is a roughly $500 billion business.', ['roughly $500 billion']],
    ['The company is now a $500bn business, its finance chief says of OpenAI.', ['$500bn']],
    ['OpenAI is a $500-billion business.', ['$500-billion']],
  ])('%s', (text, expected) => {
    expect(valuation(text)).toEqual(expected);
  });

  it.each<string>([
    // A segment's revenue, a rate, a noun between, a part of a company, a business line.
    'OpenAI’s consumer business brings in $13 billion a year.',
    'OpenAI is a $13 billion-a-year business, by revenue.',
    'OpenAI built a $10 billion cloud business for Microsoft.',
    'OpenAI’s chip arm is a $40 billion business, the report says.',
    'OpenAI runs a $2 billion business line selling API access.',
    // A product's "business" is its revenue.
    'ChatGPT is a $10 billion business for OpenAI.',
    'ChatGPT, a $10 billion business, props up OpenAI.',
    "OpenAI's ChatGPT is a $10 billion business.",
  ])('no valuation: %s', (text) => {
    expect(valuation(text)).toEqual([]);
  });
});

// review23 #2: the worth is the story company's only; a named other firm, or "the company" after one, keeps its own.
describe('another company named by its worth keeps it', { timeout: 30000 }, () => {
  it.each<string[]>([
    ['Stripe, a $90 billion business, processes OpenAI’s payments.'],
    ['SoftBank is a $200 billion empire; it led the round.'],
    ['Scale AI, a $29 billion operation, saw Meta take a stake.'],
    ['Databricks raised money this week. It is now a $100 billion business.'],
    ['OpenAI signed a deal with Databricks, and it is now a $100 billion outfit.'],
    ['Anthropic is now a $183 billion business, investors say.'],
    ['Rival xAI says it is a $200 billion juggernaut.'],
  ])('%j', (...blocks) => {
    expect(
      figureClaimsAfterLead(blocks, '2025-12-20T10:00:00+00:00').filter(([id]) => id === 'openai-valuation'),
    ).toEqual([]);
  });

  it.each<[string[], string]>([
    [['OpenAI raised money this week. The company is now a $500 billion business.'], '$500 billion'],
    [['Microsoft has backed OpenAI since 2019, and it is now a $500bn operation.'], '$500bn'],
    [['The OpenAI board met on Friday. The company, a $90 billion business, had no CEO.'], '$90 billion'],
    [['Sam Altman says OpenAI is a $500 billion business now.'], '$500 billion'],
  ])('%j', (blocks, expected) => {
    expect(
      figureClaimsAfterLead(blocks, '2025-12-20T10:00:00+00:00')
        .filter(([id]) => id === 'openai-valuation')
        .map(([, t]) => t),
    ).toEqual([expected]);
  });
});
