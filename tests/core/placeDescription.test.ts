import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * "the San Francisco company", "the California start-up": on a page about the story a company named by
 * its place is the story's company, not another one whose name is "Francisco" (placeDescription.ts).
 * Every sentence is invented.
 */
const DATED = '2025-11-22';

describe('a company described by its place is no other company', () => {
  it.each<[string, string]>([
    ['Investors now value the San Francisco company at $500 billion.', '$500 billion'],
    ['A share sale in October valued the California start-up at $500 billion.', '$500 billion'],
    ['The deal values the San Francisco-based firm at about $500bn.', 'about $500bn'],
    ['Backers priced the San Francisco lab at roughly $500 billion this autumn.', 'roughly $500 billion'],
  ])('%s', (sentence, wording) => {
    expect(figureClaimsAfterLead([sentence], DATED)).toEqual([['openai-valuation', wording]]);
  });

  it.each([
    'Investors value the Paris company Mistral at $14 billion.',
    'Investors value Mistral, the Paris company, at $14 billion.',
    'A round valued the Anthropic start-up at $183 billion.',
    'Investors could value the San Francisco company at $750 billion in a new round.',
  ])('leaves %s', (sentence) => {
    expect(figureClaimsAfterLead([sentence], DATED)).toEqual([]);
  });
});
