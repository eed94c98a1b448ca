/**
 * The five seed documents read as pages: each is about the story, its people
 * and organisations are found, and its figures land on the right claims.
 */
import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';
import { SEED_PREFIXES, seedBlocks as seed } from './helpers/seeds.ts';

/** Names the dataset knows, as the seeds write them in full. */
const FULL_NAMES = [
  ...[
    'Sam Altman',
    'OpenAI',
    'Microsoft',
    'Greg Brockman',
    'Ilya Sutskever',
    'Emmett Shear',
    'Satya Nadella',
  ],
  ...['Kevin Scott', 'Marc Benioff', 'Jerry Tworek', 'Mark Chen', 'Anthropic', 'Google'],
];

const figureClaims = (prefix: string) =>
  annotate(seed(prefix))
    .highlights.filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
    .map((h) => [h.id, h.text]);

describe.each(SEED_PREFIXES)('seed %s as a page', (prefix) => {
  it('is about the story and names its people', () => {
    const { relevant, highlights } = annotate(seed(prefix));
    expect(relevant).toBe(true);
    const ids = new Set(highlights.map((h) => h.id));
    expect(ids).toContain('openai');
    expect(ids).toContain('sam-altman');
  });

  it('finds every full-name mention of a person or organisation, name by name', () => {
    const blocks = seed(prefix);
    const text = blocks.join('\n');
    const entities = annotate(blocks).highlights.filter((h) => h.kind === 'entity');
    // Independent count, per full name: a surname found elsewhere cannot make up for a missed full name.
    for (const name of FULL_NAMES) {
      const written = text.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
      const found = entities.filter((h) => h.text === name).length;
      expect(found, `${name} in seed ${prefix}`).toBe(written);
    }
  });
});

describe('figures in the seeds', () => {
  it('000: the letter count and the headcount', () => {
    expect(figureClaims('000')).toEqual([
      ['staff-letter-signatories', 'about 500'],
      ['openai-headcount', 'roughly 770'],
    ]);
  });
  it('001: both of its letter counts', () => {
    expect(figureClaims('001')).toEqual([
      ['staff-letter-signatories', 'nearly 500'],
      ['staff-letter-signatories', '490'],
    ]);
  });
  it('004: valuation, users, market shares, tenure', () => {
    expect(figureClaims('004')).toEqual([
      ['openai-valuation', '$500 billion'],
      ['jerry-tworek-tenure', 'seven'],
      ['research-shift-interviewees', '10'],
      ['gemini-monthly-users', '650 million'],
      ['gemini-monthly-users', '450 million'],
      ['enterprise-share-anthropic', '40%'],
      ['enterprise-share-openai', '27%'],
    ]);
  });
});
