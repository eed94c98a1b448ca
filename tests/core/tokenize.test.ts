import { describe, expect, it } from 'vitest';
import { inflectVerb } from '../../src/core/text/inflectVerb.ts';
import { tokenize } from '../../src/core/text/tokenize.ts';

describe('tokenize', () => {
  it('splits possessives and negations off their words, and keeps names with inner marks whole', () => {
    expect(tokenize("Altman’s co-founder didn't quit; D'Angelo stayed.").map((t) => t.text)).toEqual([
      'Altman',
      '’s',
      'co-founder',
      'did',
      "n't",
      'quit',
      ';',
      "D'Angelo",
      'stayed',
      '.',
    ]);
  });

  it('keeps offsets into the text and a straight-apostrophe lower case', () => {
    const text = 'Sam  Altman’s return';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens.map((t) => t.text));
    expect(tokens[2]!.lower).toBe("'s");
  });

  it('reads "A.I." and "A. I." as the word "ai", keeping a sentence-ending dot as a mark', () => {
    const words = (text: string) => tokenize(text).map((t) => t.lower);
    expect(words('a new A.I. research team')).toEqual(['a', 'new', 'ai', 'research', 'team']);
    expect(words('a new A. I. lab')).toEqual(['a', 'new', 'ai', 'lab']);
    expect(words('He bet on A.I. The board')).toEqual(['he', 'bet', 'on', 'ai', '.', 'the', 'board']);
    expect(words('He bet on A. I.')).toEqual(['he', 'bet', 'on', 'ai', '.']);
    // Initials that only start with the pattern, and other dotted abbreviations, are left as they are.
    expect(words('N.A.I. and A.IX')).toEqual(['n.a.i', '.', 'and', 'a.ix']);
  });
});

describe('inflectVerb', () => {
  it.each([
    ['hire', 'hires', 'hired', 'hired', 'hiring'],
    ['step', 'steps', 'stepped', 'stepped', 'stepping'],
    ['quit', 'quits', 'quit', 'quit', 'quitting'],
    ['bring', 'brings', 'brought', 'brought', 'bringing'],
    ['apply', 'applies', 'applied', 'applied', 'applying'],
    ['poach', 'poaches', 'poached', 'poached', 'poaching'],
    // One syllable ending in one vowel and one consonant doubles it; two vowels, two consonants or w/x/y do not.
    ['snag', 'snags', 'snagged', 'snagged', 'snagging'],
    ['hop', 'hops', 'hopped', 'hopped', 'hopping'],
    ['oust', 'ousts', 'ousted', 'ousted', 'ousting'],
    ['visit', 'visits', 'visited', 'visited', 'visiting'],
    ['admit', 'admits', 'admitted', 'admitted', 'admitting'],
    ['fix', 'fixes', 'fixed', 'fixed', 'fixing'],
    ['eat', 'eats', 'ate', 'eaten', 'eating'],
  ])('%s', (base, third, past, participle, gerund) => {
    expect(inflectVerb(base)).toEqual({ base, third, past, participle, gerund });
  });
});
