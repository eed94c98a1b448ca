import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

/* "600 Google employees signed a letter": the name between a count and its people is their employer. */
describe('a count of another named firm’s people is not the story’s signers', () => {
  it.each<string>([
    '600 Google employees signed a letter to their board.',
    'Some 300 Anthropic researchers signed an open letter on safety.',
    'By Friday about 450 Stripe staffers had put their names to the petition.',
    '505 Microsoft employees signed a letter of their own.',
  ])('%s', (sentence) => {
    expect(figures([sentence])).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    ['More than 700 OpenAI employees signed the letter.', [['staff-letter-signatories', 'More than 700']]],
    ['700 OpenAI Employees Threaten To Quit Unless The Board Resigns', [['staff-letter-signatories', '700']]],
    ['Some 700 Employees Sign Letter Demanding Altman’s Return', [['staff-letter-signatories', 'Some 700']]],
    ['About 500 employees signed the letter.', [['staff-letter-signatories', 'About 500']]],
  ])('still the story’s: %s', (sentence, expected) => {
    expect(figures([sentence])).toEqual(expected);
  });
});
