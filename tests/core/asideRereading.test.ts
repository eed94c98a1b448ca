import { describe, expect, it } from 'vitest';
import { asideRereading } from '../../src/core/claims/asideRereading.ts';
import { PAIR_SENTENCES } from '../../src/core/claims/readReferences.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { matcher } from './helpers/annotate.ts';
import { statements } from './helpers/statementCases.ts';

/*
 * review19 #4/#5: the reading without asides re-reads only the sentences where a cut lies near a
 * trigger word (with the few sentences before them that say who "he" is), never the paragraph, and
 * it does so in a long block too. Counted in characters re-read, not timed. Every sentence is invented.
 */

const FILLER = 'The weather in San Francisco was mild and the streets were quiet that week. ';
const ASIDE = 'Sutskever has, in his first public remarks since the firing, voiced regret.';
/** Characters the re-reading reads again in a block. */
const reread = (text: string) =>
  (asideRereading(matcher, text, findNames(matcher, text))?.windows ?? []).reduce(
    (sum, w) => sum + (w.end - w.start),
    0,
  );

describe('the re-reading is bounded per sentence', () => {
  it('reads again at most the aside’s sentence and the few before it (who “he” is), in a 2,900-character paragraph', () => {
    const text = FILLER.repeat(20) + ASIDE + ' ' + FILLER.repeat(17);
    expect(text.length).toBeGreaterThan(2800);
    expect(reread(text)).toBeGreaterThan(0);
    expect(reread(text)).toBeLessThanOrEqual((PAIR_SENTENCES - 1) * FILLER.length + ASIDE.length);
    expect(reread(text)).toBeLessThan(text.length / 5);
  });
  it('reads nothing again in a long paragraph without asides', () => {
    const text = (FILLER + 'The city was calm, and the bay was busy. ').repeat(30);
    expect(reread(text)).toBe(0);
  });
  it('grows with the sentences that hold such a cut, not with the block', () => {
    const one = FILLER.repeat(10) + ASIDE;
    const many = (FILLER.repeat(10) + ASIDE + ' ').repeat(4);
    expect(reread(many)).toBeLessThanOrEqual(4 * reread(one) + 4);
  });
});

describe('asides are skipped in a long block as in a short one', () => {
  it.each([
    ['at the end of a 3,200-character paragraph', FILLER.repeat(42) + ASIDE],
    ['in the middle of a 4,000-character paragraph', FILLER.repeat(30) + ASIDE + ' ' + FILLER.repeat(22)],
    [
      'with the subject a sentence before',
      FILLER.repeat(42) + 'Ilya Sutskever spoke on Monday. He has, in a post on X, voiced regret.',
    ],
  ])('%s', (_, text) => {
    expect(text.length).toBeGreaterThan(3000);
    expect(statements(text).map(([id]) => id)).toContain('sutskever-regret');
  });
  it.each([
    ['a negation in the aside', FILLER.repeat(42) + 'Sutskever has, in no post on X, voiced regret.'],
    ['a deleted post', FILLER.repeat(42) + 'Sutskever has, in a post he later deleted, voiced regret.'],
  ])('near miss: %s', (_, text) => {
    expect(statements(text).map(([id]) => id)).not.toContain('sutskever-regret');
  });
});
