import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { standaloneClaimPhrases } from '../../src/core/match/compileMatcher.ts';
import { gateKeys } from '../../src/core/match/gateKeys.ts';
import { storyGatePatterns } from '../../src/core/page/storyGatePatterns.ts';
import { matcher } from './helpers/annotate.ts';

const keyTexts = (phrases: string[], companyNames: string[] = []) =>
  gateKeys(phrases, companyNames).map((k) => k.join(' '));
/** The phrase has the key as whole words. */
const holds = (phrase: string, key: string) => ` ${phrase.toLowerCase()} `.includes(` ${key} `);

describe('gateKeys', () => {
  it('gives every phrase of the lexicon a key it holds as whole words', () => {
    const phrases = standaloneClaimPhrases(matcher.claims.values());
    const keys = keyTexts(phrases);
    for (const phrase of phrases)
      expect(
        keys.some((key) => holds(phrase, key)),
        phrase,
      ).toBe(true);
    // Shared: far fewer keys than phrases.
    expect(keys.length).toBeLessThan(phrases.length * 0.6);
  });

  it('shares one telling run among a family of wordings', () => {
    const family = [
      'not been fully candid',
      'never fully candid',
      'less than fully candid',
      'was not fully candid with the board',
    ];
    expect(keyTexts(family)).toEqual(['fully candid']);
    expect(keyTexts(['starved of compute', 'was starved of gpus', 'starved of chips'])).toEqual([
      'starved of',
    ]);
  });

  it('never keys on function and everyday words alone where the phrase has a telling word', () => {
    // "the board", "no longer", "said that": every page about OpenAI has them.
    expect(keyTexts(['the board said that he was no longer candid'])).toEqual(['longer candid']);
    expect(keyTexts(['lost confidence in his judgement'])).toEqual(['his judgement']);
    expect(keyTexts(['it was a backseat role'])).toEqual(['a backseat']);
  });

  it('needs two content words where a phrase has no telling word, and its first words where it has not even those', () => {
    expect(keyTexts(['without the right to vote'])).toEqual(['right to vote']);
    expect(keyTexts(['on his way back to openai'], ['OpenAI'])).toEqual(['way back to openai']);
    expect(keyTexts(['on his way back'])).toEqual(['on his way']);
  });

  it('counts the names of the dataset’s companies and products as saying nothing on their own', () => {
    // On a page that names OpenAI, "to Microsoft" or "a ChatGPT" says as little as "to the company".
    const names = ['OpenAI', 'Open AI', 'Microsoft', 'ChatGPT', 'Thrive Capital'];
    expect(keyTexts(['moved to microsoft'], names)).toEqual(['moved to']);
    expect(keyTexts(['back at microsoft'], names)).toEqual(['back at microsoft']);
    expect(keyTexts(['back at microsoft'])).toEqual(['at microsoft']);
    expect(keyTexts(['a rival to chatgpt'], names)).toEqual(['a rival']);
    expect(keyTexts(['backed by thrive capital'], names)).toEqual(['backed by']);
  });

  it('keys phrases that share their first words, and say nothing more, once', () => {
    expect(keyTexts(['not up to the job', 'not up to it', 'not up to much'])).toEqual(['not up to']);
    expect(keyTexts(['on his way back', 'on his way out'])).toEqual(['on his way']);
  });

  it('reads a word with punctuation on it as the word', () => {
    // "down," is "down": a function word, so "down, or" says nothing on its own.
    expect(keyTexts(['step down, or we go'])).not.toContain('down, or');
    expect(keyTexts(['resign, or we go'])).toEqual(['resign, or']);
  });

  it('keeps the gate’s patterns within the budget of the script every page runs', () => {
    // The gate's target is 5 KB gzipped (bench/run.js bundleSizes: 5,013 bytes at round 16),
    // of which its code is some 2.3 KB: the patterns it ships get the rest. Round 15's leads
    // took the gate to 5.5 KB unnoticed; a lexicon that grows past this needs a look here.
    const shipped = JSON.stringify(storyGatePatterns(matcher));
    expect(gzipSync(shipped).length).toBeLessThan(2_800);
  });
});
