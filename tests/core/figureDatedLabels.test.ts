import { describe, expect, it } from 'vitest';
import { annotate, STORY_LEAD } from './helpers/annotate.ts';

/** `[id, text, verdict]` of each figure mark of the last block, on a page dated October 2025. */
const judged = (text: string) =>
  annotate([STORY_LEAD, text], undefined, { published: '2025-10-10' })
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
    .map((h) => [h.id, h.text, h.verdict]);

describe("each label's own date is its value's period (seriesPeriod.ts)", () => {
  it.each<[string, string]>([
    ['April 2023 fundraise: $28bn; late-2023 employee share sale: $86bn; 2025: $500bn.', '$86bn'],
    ['April 2023 round: $28bn; November 2023 tender: $86bn; October 2025: $500bn.', '$86bn'],
    ['Early-2023 round: $29bn; late-2023 tender offer: $86bn.', '$86bn'],
  ])('judges the 2023 value of “%s” at its own date', (text, wording) => {
    expect(judged(text)).toContainEqual(['openai-valuation', wording, 'agrees']);
  });

  it('keeps a label without a date as what every value is', () => {
    expect(judged('Valuation: about $28bn in April 2023, about $86bn that November, $500bn now.')).toEqual([
      ['openai-valuation', 'about $28bn', 'agrees'],
      ['openai-valuation', 'about $86bn', 'agrees'],
      ['openai-valuation', '$500bn', 'agrees'],
    ]);
  });
});
