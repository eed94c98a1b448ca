import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

/**
 * A quiz's options set after its question in the same block are choices put to the reader, not
 * figures the page reports (optionLine.ts); the answer, told in a sentence, keeps its figure.
 */
describe('options after a question in its block state no figure', { timeout: 30000 }, () => {
  it.each([
    'How many staff had signed the letter by Monday night? (a) 95 (b) 505 (c) 650 (d) 950',
    'Question 4: the letter to the board drew how many signatures? A) 300 B) 505 C) 700',
    'How many directors voted to remove Altman? (a) Two (b) Three (c) Four (d) Six',
    'What stake did Microsoft hold in the for-profit arm? (A) 29% (B) 49% (C) 69%',
  ])('%s', (block) => {
    expect(claims([block], '2023-12-20')).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    [
      'Answer: (c). About 700 staff had signed the letter by then.',
      [['staff-letter-signatories', 'About 700']],
    ],
    [
      'Why did it matter? a) 700 staff signed the letter, and b) Microsoft offered them jobs.',
      [['staff-letter-signatories', '700']],
    ],
    [
      'Did the letter reach 700? It did: more than 700 staff had signed by Monday night.',
      [['staff-letter-signatories', 'more than 700']],
    ],
  ])('a figure told in a sentence keeps its claim: %s', (block, expected) => {
    expect(claims([block], '2023-12-20')).toEqual(expected);
  });

  it('the answer after a question with options takes the question’s topic', () => {
    expect(
      claims(
        [
          'How many staff had signed the letter by Monday night? (a) 95 (b) 505 (c) 650 (d) 950',
          'Answer: (c). The organisers put it at about 650 by then.',
        ],
        '2023-12-20',
      ),
    ).toEqual([['staff-letter-signatories', 'about 650']]);
  });
});
