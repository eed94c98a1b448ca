import { describe, expect, it } from 'vitest';
import { annotate, STORY_LEAD } from './helpers/annotate.ts';

/** `[id, text, verdict]` of each figure mark of the last block, on a page published on `published`. */
const judged = (text: string, published: string) =>
  annotate([STORY_LEAD, text], undefined, { published })
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
    .map((h) => [h.id, h.text, h.verdict]);

describe('an undated value on a page years after the reports is of the page’s own time', () => {
  it.each<[string, string, [string, string, string]]>([
    // A 2025 feature: the valuation it gives is 2025's, not a dispute with November 2023's.
    [
      'A $500 billion valuation, a chatbot with hundreds of millions of users, and a stream of senior people heading for the exit.',
      '2025-10-01',
      ['openai-valuation', '$500 billion', 'agrees'],
    ],
    [
      'OpenAI, valued at $300 billion, is hiring again.',
      '2025-05-12',
      ['openai-valuation', '$300 billion', 'agrees'],
    ],
  ])('agrees: “%s” (%s)', (text, published, mark) => {
    expect(judged(text, published)).toContainEqual(mark);
  });

  it.each<[string, string, [string, string, string]]>([
    // In the story's own weeks the older report is of the same time: a figure that misses it differs.
    [
      'OpenAI, valued at $300 billion, is hiring again.',
      '2023-11-24',
      ['openai-valuation', '$300 billion', 'differs'],
    ],
    // A topic of one moment is of that moment on any page: the staff letter's count is still disputed in 2025.
    [
      'By Monday evening 505 employees had signed the letter to the board.',
      '2025-11-17',
      ['staff-letter-signatories', '505', 'differs'],
    ],
  ])('still compares with the reports: “%s” (%s)', (text, published, mark) => {
    expect(judged(text, published)).toContainEqual(mark);
  });
});
