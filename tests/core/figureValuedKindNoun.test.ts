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
