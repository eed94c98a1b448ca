import { describe, expect, it } from 'vitest';
import { readBlock } from '../../src/core/claims/readReferences.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { matcher } from './helpers/annotate.ts';

/*
 * Descriptions of the story's companies and people, as families: a company told by its place or
 * brand in any word order ("the Redmond group", "the group of Redmond", "the Windows company"), by
 * what it makes ("the ChatGPT maker", "the company behind ChatGPT"); a person by a post held for a
 * while ("the interim chief"), no longer ("the ex-president"), or a post alone ("the CTO"). Each
 * beside near-misses. Every sentence is invented.
 */

/** Whom the words from `word` on refer to in `text`, after a block that named OpenAI. */
function whom(text: string, word: string): string[] {
  const reading = readBlock(matcher, text, findNames(matcher, text), {
    lastPair: [],
    words: new Set(),
    lastOrganisation: 'openai',
  });
  const at = reading.tokens.findIndex((t) => t.lower === word);
  return reading.refAt[at]?.entities ?? [];
}

describe('a company told by its place or brand', () => {
  it.each([
    ['The group of Redmond hired both men.', 'group'],
    ['Both men were integrated into the multinational of Redmond.', 'multinational'],
    ['The giant of Redmond said nothing.', 'giant'],
    ['Both men will join the company of Redmond.', 'company'],
    ['OpenAI was in turmoil. The Redmond group hired both men.', 'redmond'],
    ['OpenAI was in turmoil. The Windows company hired both men.', 'windows'],
    ['OpenAI was in turmoil. The Redmond-based firm hired both men.', 'redmond-based'],
  ])('%s', (text, word) => expect(whom(text, word)).toEqual(['microsoft']));
  it.each([
    ['The Redmond council met on Monday.', 'redmond'],
    ['A group of researchers signed.', 'group'],
  ])('not %s', (text, word) => expect(whom(text, word)).toEqual([]));
});

describe('a company told by what it makes', () => {
  it.each([
    ['OpenAI was busy. Staff at the ChatGPT maker threatened to quit.', 'maker'],
    ['OpenAI was busy. The ChatGPT creator said nothing.', 'creator'],
    ['OpenAI was busy. Staff at the company behind ChatGPT threatened to quit.', 'behind'],
    ['Staff at the maker of ChatGPT threatened to quit.', 'maker'],
    ['The creators of ChatGPT said nothing.', 'creators'],
    ['Staff at the start-up behind ChatGPT threatened to quit.', 'start-up'],
    ['Microsoft was busy. Staff at the company behind ChatGPT threatened to quit.', 'company'],
  ])('%s', (text, word) => expect(whom(text, word)).toEqual(['openai']));
  it('is the maker of Gemini Google', () =>
    expect(whom('The maker of Gemini said nothing.', 'maker')).toEqual(['google']));
  it.each([
    // Another company named last: "the ChatGPT maker" is not it.
    ['Microsoft was busy. Staff at the ChatGPT maker threatened to quit.', 'maker', 'microsoft'],
    ['Google was busy. The ChatGPT company said nothing.', 'company', 'google'],
  ])('not %s', (text, word, other) => expect(whom(text, word)).not.toContain(other));
});

describe('a person told by a post', () => {
  it('the interim chief or boss is whoever held the post for a while, not the chief executive just named', () => {
    expect(whom('Sam Altman spoke. The interim boss said nothing.', 'interim')).not.toContain('sam-altman');
    expect(whom('Emmett Shear spoke. The interim chief executive said nothing.', 'interim')).toEqual([
      'emmett-shear',
    ]);
    expect(whom('Mira Murati spoke. The acting boss said nothing.', 'acting')).toEqual(['mira-murati']);
  });
  it('the ex-president, the ex-chairman', () => {
    expect(whom('Greg Brockman left. The ex-president quit.', 'ex-president')).toEqual(['greg-brockman']);
    expect(whom('Greg Brockman left. The ex-chairman quit.', 'ex-chairman')).toEqual(['greg-brockman']);
  });
  it('the CTO, the technology chief', () => {
    expect(whom('Mira Murati took over. The CTO said nothing.', 'cto')).toEqual(['mira-murati']);
    expect(whom('Mira Murati took over. The technology chief said nothing.', 'technology')).toEqual([
      'mira-murati',
    ]);
  });
  it('not the post itself ("the interim CEO job", "the chief executive\'s title")', () => {
    expect(whom('Sam Altman spoke. The board gave the interim CEO job to a newcomer.', 'interim')).toEqual(
      [],
    );
    expect(whom("Sam Altman spoke. The chief executive's title went to a newcomer.", 'chief')).toEqual([]);
  });
});
