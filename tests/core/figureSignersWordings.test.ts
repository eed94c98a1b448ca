import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * The letter's signers under any of their nouns ("signers", "co-signers") and the count put on them
 * ("put the signers at", "the signers numbered"). Every sentence is invented.
 */

const marks = (text: string) => figureClaimsAfterLead([text]);

describe('the signers counted', () => {
  it.each<[string, string]>([
    ['Early in the day a count attributed to Kara Swisher put the signers at 505.', '505'],
    ['By noon the signers numbered more than 700.', 'more than 700'],
    ['The letter’s co-signers reached 702 by evening.', '702'],
  ])('%s', (text, wording) => {
    expect(marks(text)).toContainEqual(['staff-letter-signatories', wording]);
  });

  it.each([
    // The signers of another text.
    'The climate pledge now has 140 signers.',
    'A treaty with 60 signers came into force.',
  ])('marks no letter signers in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id === 'staff-letter-signatories')).toEqual([]);
  });
});
