import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('a stake called an interest or ownership is Microsoft’s stake (claims.json cues)', () => {
  it.each<[string, string]>([
    ['Microsoft holds a 49% economic interest in OpenAI.', '49%'],
    ['For MSFT holders, the lesson is that a 49% economic interest bought no voting control.', '49%'],
    ['Microsoft has a 49% interest in the for-profit arm.', '49%'],
    ['Microsoft, with a 49 per cent ownership stake, had no say.', '49 per cent'],
    ['Microsoft ownership of OpenAI: 49%', '49%'],
    ['Microsoft ownership of the for-profit arm: 49%', '49%'],
  ])('%s', (text, wording) => {
    expect(claims([text])).toEqual([['microsoft-investment', wording]]);
  });

  it.each<string>([
    // Interest as attention, and another company's interest.
    'Search interest in ChatGPT rose 40% over the weekend.',
    'Interest in Claude jumped 25% after the firing.',
    'Amazon holds a 20% interest in Anthropic.',
    // review19b #3: interest as demand, and ownership of something else.
    "Interest in OpenAI's shares jumped 30%.",
    'Investor interest in AI start-ups rose 15% this quarter.',
    'Microsoft ownership of cloud chips rose 20%.',
    'Home ownership fell 3% last year.',
  ])('no stake: %s', (text) => {
    expect(claims([text]).filter(([id]) => id === 'microsoft-investment')).toEqual([]);
  });
});
