import { describe, expect, it } from 'vitest';
import { answersMeasure } from '../../src/core/claims/elidedUnit.ts';

/** Whether the bare number `n` (its last occurrence) in `text` answers a measure said before it. */
const answers = (text: string, n: string) => {
  const start = text.lastIndexOf(n);
  return answersMeasure(text, start, start + n.length);
};

describe('a bare number answering a measure with the same verb (elidedUnit.ts)', () => {
  it.each<[string, string]>([
    [
      "I promised I would not spend forty minutes on one company. I'm going to spend about thirty-five.",
      'thirty-five',
    ],
    ['The first draft ran 40 pages; the second ran 25.', '25'],
    ["We'd planned to walk ten miles and walked twelve.", 'twelve'],
    ['He usually speaks for 20 minutes. Today he spoke for about 45.', '45'],
    ['Last year the keynote lasted 90 minutes; this year it lasted 60, tops.', '60'],
    ['She sleeps six hours a night; he sleeps eight.', 'eight'],
    ['The flight was meant to take nine hours. It took eleven.', 'eleven'],
    ['The original memo ran to 12 pages, the final version to four.', 'four'],
    ['He had waited 25 years for this, and would wait another five if needed.', 'five'],
    ['Engineers worked 80-hour weeks; some worked 100.', '100'],
    ['I gave it two stars last time. This time I give it four.', 'four'],
  ])('%s', (text, n) => {
    expect(answers(text, n)).toBe(true);
  });

  it.each<[string, string]>([
    // Another verb, a noun after the number, a count of people, no measure before.
    ['The directors spent 40 minutes with staff. Four signed.', 'Four'],
    ['They talked for 40 minutes and then fired four executives.', 'four'],
    ['More than 700 staff signed; 505 signed the first draft.', '505'],
    ['The board met for three hours. It has four members.', 'four'],
    ['Staff signed within 12 hours, and by Monday 700 had signed.', '700'],
    ['The board had six seats. It now has four.', 'four'],
    // review23 #8: another owner's measure after the same verb and preposition.
    [
      "Microsoft's stake in the profit arm stood at 49 percent, and OpenAI's headcount stood at roughly 770 at the time.",
      '770',
    ],
    ["Google's share rose to 20 percent; Anthropic's staff rose to 1,000.", '1,000'],
  ])('not an elided measure: %s', (text, n) => {
    expect(answers(text, n)).toBe(false);
  });
});
