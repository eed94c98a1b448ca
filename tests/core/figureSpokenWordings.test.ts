import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marks = (text: string) => figureClaimsAfterLead([text]);

describe('money and counts as people say them', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'I mean, Microsoft already had, what, $13 billion on the line.',
      [['microsoft-investment', '$13 billion']],
    ],
    ['Microsoft had about $13 billion at stake in OpenAI.', [['microsoft-investment', 'about $13 billion']]],
    // "members of staff" are staff, as signers of the staff letter.
    [
      'Some 490 members of staff had added their names to the letter.',
      [['staff-letter-signatories', 'Some 490']],
    ],
  ])('%s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    "Microsoft's reputation is on the line, with 500 jobs at stake.",
    'Two members of the board left.',
  ])('marks nothing in “%s”', (text) => {
    expect(marks(text)).toEqual([]);
  });
});
