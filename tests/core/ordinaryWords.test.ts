/**
 * Each entity's `ordinaryWords` against an English spelling dictionary (Hunspell's en_US, the
 * `dictionary-en` package, read only here): the words of its names that the engine may take alone
 * (a person's first and last name, a one-word name) and that English also writes in lower case
 * ("shear", "thrive", "will") are exactly the ones listed. The dictionary lists proper names
 * capitalised ("Sam", "Greg") and ordinary words in lower case, which is the distinction wanted.
 */
import dictionary from 'dictionary-en';
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';

/** Lower-case entries → their affix flags ("shear" → "MDRSZG"). */
const entries = new Map(
  new TextDecoder()
    .decode(dictionary.dic)
    .split('\n')
    .slice(1)
    .map((line) => line.split('/') as [string, string?])
    .filter(([word]) => word !== '' && word === word.toLowerCase())
    .map(([word, flags]) => [word, flags ?? '']),
);

/** An English word in lower case, or the plural of one ("summers"). */
function ordinaryEnglish(word: string): boolean {
  const lower = word.toLowerCase();
  if (entries.has(lower)) return true;
  return lower.endsWith('s') && (entries.get(lower.slice(0, -1))?.includes('S') ?? false);
}

/** The words the engine may read alone as a name of the entity (compileMatcher's derivedNames). */
function wordsTakenAlone(entity: (typeof bundledDataset.entities)[number]): string[] {
  const words = entity.name.split(/\s+/);
  const parts = entity.kind === 'person' && words.length >= 2 ? [words[0]!, words.at(-1)!] : [];
  const oneWordNames = [
    entity.name,
    ...entity.aliases,
    ...entity.contextAliases,
    ...entity.ambiguousAliases,
  ].filter((a) => !/\s/.test(a));
  return [...new Set([...parts, ...oneWordNames].map((w) => w.toLowerCase()))];
}

describe('ordinary words in names', () => {
  it('reads the dictionary the way the check needs', () => {
    expect(ordinaryEnglish('shear')).toBe(true);
    expect(ordinaryEnglish('summers')).toBe(true);
    expect(ordinaryEnglish('altman')).toBe(false);
    // Proper names are capitalised there: not ordinary words.
    expect(ordinaryEnglish('sam')).toBe(false);
  });

  it.each(bundledDataset.entities.map((e) => [e.id, e] as const))(
    '%s lists exactly its ordinary words',
    (_, entity) => {
      const expected = wordsTakenAlone(entity).filter(ordinaryEnglish).sort();
      expect((entity.ordinaryWords ?? []).map((w) => w.toLowerCase()).sort()).toEqual(expected);
    },
  );
});
