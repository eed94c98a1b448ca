/**
 * Corrections: the count a page gives as right is a claim; the one it denies or withdraws is not.
 * Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marks = (blocks: string[], published = '2025-12-30') => figureClaimsAfterLead(blocks, published);

describe('a correction’s count is the claim', () => {
  it.each<[string[], Array<[string, string]>]>([
    [
      [
        'An earlier version of this story misstated the number of researchers Meta hired from OpenAI over the summer. It was seven, not eight.',
      ],
      [['departures-to-meta-2025', 'seven']],
    ],
    [
      ['Meta hired researchers from OpenAI over the summer: seven rather than eight, the company said.'],
      [['departures-to-meta-2025', 'seven']],
    ],
  ])('%s', (blocks, expected) => {
    expect(marks(blocks)).toEqual(expected);
  });
});

describe('the figure a page denies or withdraws is no claim', () => {
  it.each<[string, Array<[string, string]>]>([
    // Denied after "not", "rather than", "instead of".
    ['Two new people joined the OpenAI board, not 3.', []],
    [
      'The tender values OpenAI at about $86 billion, not $90 billion.',
      [['openai-valuation', 'about $86 billion']],
    ],
    ['The letter had 505 signatures rather than 490.', [['staff-letter-signatories', '505']]],
    // Withdrawn: what an earlier version said.
    [
      'Correction: An earlier version of this story said 500 employees had signed the letter. The figure cited by Kara Swisher was 505.',
      [['staff-letter-signatories', '505']],
    ],
    [
      'Correction: The tender values OpenAI at about $86 billion, not $90 billion as stated in an earlier version.',
      [['openai-valuation', 'about $86 billion']],
    ],
    [
      'Correction: The tender valued OpenAI at $90 billion, as stated in an earlier version of this story.',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(marks([text], '2023-11-30')).toEqual(expected);
  });

  it.each<[string, Array<[string, string]>]>([
    // "not" that denies something else keeps the figure.
    [
      'More than 700 employees, not just the researchers, signed the letter.',
      [['staff-letter-signatories', 'More than 700']],
    ],
    ['The version of the letter with 505 names was the first.', [['staff-letter-signatories', '505']]],
  ])('keeps %s', (text, expected) => {
    expect(marks([text], '2023-11-30')).toEqual(expected);
  });
});
