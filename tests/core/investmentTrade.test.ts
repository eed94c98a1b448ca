import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * "investment" opening a trade's or a grade's name ("investment-banking clients", "an investment bank",
 * "investment-grade bonds") names a kind of business, not Microsoft's money in OpenAI: a figure beside it
 * is no investment (investmentTrade.ts). Every sentence is invented.
 */
const DATED = '2023-11-22';

describe('a trade named by "investment" is no investment', () => {
  it.each([
    'Share of ratings by category: Buy 61% (of which investment-banking clients 9%), Hold 33% (5%).',
    'About 11% of Microsoft’s bond sales last year went through a single investment bank, the filing shows.',
    'Microsoft’s investment-grade notes yield roughly 4.6% this week.',
    'Roughly 8% of the broker’s investment banking revenue came from Microsoft, its disclosures say.',
  ])('%s', (sentence) => {
    expect(figureClaimsAfterLead([sentence], DATED)).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    [
      'Microsoft’s investment in OpenAI entitles it to 49% of the profits.',
      [['microsoft-investment', '49%']],
    ],
    [
      'The investment, about $13 billion, makes Microsoft OpenAI’s largest backer.',
      [['microsoft-investment', 'about $13 billion']],
    ],
    ['Microsoft made an investment of $13 billion in OpenAI.', [['microsoft-investment', '$13 billion']]],
  ])('keeps an investment itself: %s', (sentence, expected) => {
    expect(figureClaimsAfterLead([sentence], DATED)).toEqual(expected);
  });
});
