import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marks = (text: string) => figureClaimsAfterLead([text], '2026-02-01');

describe('figures no report states', () => {
  it.each([
    // A deal in talks puts a price on nothing yet.
    'OpenAI is in early talks to raise $100 billion at a valuation of as much as $830 billion.',
    'OpenAI is seeking to raise money at a valuation of $750 billion.',
    // The page's own sources, picked out by what they did.
    'Four people who left for Meta declined to comment.',
    'Three researchers who quit in 2025 did not respond to requests for comment.',
  ])('%s', (text) => {
    expect(marks(text)).toEqual([]);
  });

  it('keeps a valuation a deal has set', () => {
    expect(marks('After talks ended, OpenAI was valued at $500 billion.')).toEqual([
      ['openai-valuation', '$500 billion'],
    ]);
  });
});
