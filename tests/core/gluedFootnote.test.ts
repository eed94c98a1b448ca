import { describe, expect, it } from 'vitest';
import { withoutGluedFootnotes } from '../../src/core/text/gluedFootnote.ts';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

describe('a footnote number glued to the word before it is a mark, not part of the word (gluedFootnote.ts)', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      "Microsoft, which owns a 49% stake in OpenAI's for-profit subsidiary4, had no board seat.",
      [['microsoft-investment', '49%']],
    ],
    [
      'Microsoft, which is reported to hold 49% of the capped-profit entity12; the board held the rest.',
      [['microsoft-investment', '49%']],
    ],
    [
      'Microsoft, reported to have put in $13 billion7, said nothing about the board.',
      [['microsoft-investment', '$13 billion']],
    ],
    ['Microsoft has committed some $13bn2 to OpenAI since 2019.', [['microsoft-investment', 'some $13bn']]],
    ['Microsoft invested $13 billion3 in OpenAI.', [['microsoft-investment', '$13 billion']]],
  ])('%s', (sentence, expected) => {
    expect(figures([sentence])).toEqual(expected);
  });

  it.each<[string, string]>([
    ['the for-profit entity3, had', 'the for-profit entity , had'],
    ['put in $13 billion8. More', 'put in $13 billion . More'],
    ['a note at the end12', 'a note at the end  '],
    // Names with their digits stay whole.
    ['GPT4 and H100 chips', 'GPT4 and H100 chips'],
    ['web3 startups, and the A100.', 'web3 startups, and the A100.'],
    ['Route 66, then 2023.', 'Route 66, then 2023.'],
  ])('%s', (text, expected) => {
    expect(withoutGluedFootnotes(text)).toBe(expected);
  });
});
