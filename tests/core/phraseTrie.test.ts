import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import type { ContentClaim } from '../../src/core/dataset/schema.ts';
import { namePatternSource, WORD_AFTER, WORD_BEFORE } from '../../src/core/match/namePattern.ts';
import { phraseTrieSource } from '../../src/core/match/phraseTrie.ts';
import { standaloneClaimPhrases } from '../../src/core/match/compileMatcher.ts';

/** The pattern the trie replaces: every phrase, longest first. */
function flat(phrases: string[]): RegExp {
  const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new RegExp(`${WORD_BEFORE}(?:${sorted.map(namePatternSource).join('|')})${WORD_AFTER}`, 'gi');
}
const trie = (phrases: string[]) =>
  new RegExp(`${WORD_BEFORE}(?:${phraseTrieSource(phrases)})${WORD_AFTER}`, 'gi');
const matches = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);

describe('phraseTrieSource', () => {
  it('writes shared first words once', () => {
    expect(phraseTrieSource(['lost confidence in', 'lost faith in', 'lost Confidence'])).toBe(
      'lost\\s+(?:confidence(?:\\s+in)?|faith\\s+in)',
    );
  });

  it('writes a continuation shared by words no phrase ends on once', () => {
    expect(phraseTrieSource(['lost confidence in him', 'lost faith in him', 'lost trust'])).toBe(
      'lost\\s+(?:(?:confidence|faith)\\s+in\\s+him|trust)',
    );
  });

  it('matches the longest phrase at a position, as the flat alternation does', () => {
    const phrases = [
      'not consistently candid',
      'not consistently candid in his communications',
      'the board said',
      "the board's decision",
      'a well known investor',
      'a well-known investor',
      'step down, or face',
      'step down now',
    ];
    const texts = [
      'He was not consistently candid in his communications with the board.',
      'He was NOT consistently\u00a0candid in his dealings.',
      "The board's decision stood; the board said so; the board’s decision again.",
      'the board saidly, a well-known investor, a well known investor, a well-knowner',
      'Step down, or face removal; step down now; step down, or else.',
      'not consistently candidly',
    ];
    for (const text of texts) expect(matches(trie(phrases), text)).toEqual(matches(flat(phrases), text));
  });

  it('finds what the flat alternation finds for every claim phrase the dataset ships', () => {
    const phrases = standaloneClaimPhrases(bundledDataset.claims as ContentClaim[]);
    // Each phrase in a sentence, cut short, run on, in capitals, and with a possessive on its last word.
    const text = phrases
      .map((p) => {
        const words = p.split(' ');
        return [
          `Reports said ${p} on Friday.`,
          `${words.slice(0, -1).join(' ')} and more.`,
          `${p.toUpperCase()} TODAY`,
          `${p}'s aftermath, ${p}ly, ${p}-era.`,
        ].join(' ');
      })
      .join('\n');
    const found = matches(trie(phrases), text);
    expect(found.length).toBeGreaterThan(phrases.length * 3);
    expect(found).toEqual(matches(flat(phrases), text));
    // The flat alternation of every phrase, run over all of them: the time limit is for a loaded machine, not a speed claim.
  }, 30_000);
});
