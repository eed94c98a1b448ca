import type { ContentClaim, ContentDataset, Entity } from '../dataset/schema.ts';
import { compileStatementLexicon, wordsOf, type StatementLexicon } from '../claims/statementLexicon.ts';
import { namePatternSource, nameKey, WORD_AFTER, WORD_BEFORE } from './namePattern.ts';

/**
 * How much a name proves on its own:
 * - full: the entity's name or a full alias ("Sam Altman", "OpenAI");
 * - context: counts on a page about the story ("Altman");
 * - ambiguous: counts only where the page also names the entity in full ("Scott").
 */
export type NameTier = 'full' | 'context' | 'ambiguous';

export interface NameEntry {
  entityId: string;
  tier: NameTier;
  alias: string;
}

export interface Matcher {
  /** One pattern for every name in the dataset, longest first. */
  names: RegExp;
  nameLookup: Map<string, NameEntry>;
  /** How statement claims are stated: read in phase 2. */
  statements: StatementLexicon;
  /** Fixed wordings of statement claims long enough to identify one on their own: page evidence in phase 1. */
  claimPhrases: RegExp | null;
  entities: Map<string, Entity>;
  claims: Map<string, ContentClaim>;
  figureClaims: ContentClaim[];
  /** One pattern for every figure claim's cue words, so a sentence is searched once (the cue is group 1). */
  figureCues: RegExp | null;
  /** For each figure claim, the lower-cased keys of its cues. */
  cueKeys: Map<string, string[]>;
  /** Each source's publication date, where known: the period of a report figure without an as-of time. */
  sourceDates: Map<string, string>;
}

/** Phrases of three words or more ("not consistently candid") identify a statement on their own. */
const STANDALONE_PHRASE_WORDS = 3;

/** Longest first, so the regex prefers "Sam Altman" to "Sam"; ties in code-unit order (localeCompare costs milliseconds at start). */
function alternation(texts: Iterable<string>): string {
  return [...new Set(texts)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(namePatternSource)
    .join('|');
}

/** Built once from the dataset; every page scan reuses it. */
export function compileMatcher(dataset: ContentDataset): Matcher {
  const nameLookup = new Map<string, NameEntry>();
  const add = (entity: Entity, alias: string, tier: NameTier) => {
    const key = nameKey(alias);
    if (!nameLookup.has(key)) nameLookup.set(key, { entityId: entity.id, tier, alias });
  };
  for (const entity of dataset.entities) {
    for (const alias of [entity.name, ...entity.aliases]) {
      add(entity, alias, 'full');
      // Headlines set in capitals ("SAM ALTMAN OUSTED") still name the person in full.
      if (alias.length >= 5 && /\p{Ll}/u.test(alias)) add(entity, alias.toUpperCase(), 'full');
    }
    for (const alias of entity.contextAliases) {
      add(entity, alias, 'context');
      if (alias.length >= 5 && /\p{Ll}/u.test(alias)) add(entity, alias.toUpperCase(), 'context');
    }
    for (const alias of entity.ambiguousAliases) add(entity, alias, 'ambiguous');
  }

  const standalonePhrases = standaloneClaimPhrases(dataset.claims);

  const figureClaims = dataset.claims.filter((c) => c.kind === 'figure');
  const allCues = figureClaims.flatMap((c) => c.cues);
  return {
    names: new RegExp(
      `${WORD_BEFORE}(?:${alternation([...nameLookup.values()].map((e) => e.alias))})${WORD_AFTER}`,
      'g',
    ),
    nameLookup,
    statements: compileStatementLexicon(dataset.claims, dataset.entities),
    claimPhrases: standalonePhrases.length
      ? new RegExp(`${WORD_BEFORE}(?:${alternation(standalonePhrases)})${WORD_AFTER}`, 'gi')
      : null,
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    claims: new Map(dataset.claims.map((c) => [c.id, c])),
    figureClaims,
    // A lookahead, so overlapping cues ("board members", "members") are each found.
    figureCues: allCues.length
      ? new RegExp(`${WORD_BEFORE}(?=(${alternation(allCues)})${WORD_AFTER})`, 'gi')
      : null,
    cueKeys: new Map(figureClaims.map((c) => [c.id, c.cues.map(cueKey)])),
    sourceDates: new Map(dataset.sources.flatMap((s) => (s.date ? [[s.id, s.date] as const] : []))),
  };
}

export function cueKey(cue: string): string {
  return nameKey(cue).toLowerCase();
}

/** The claims' phrases long enough to count on their own as a page stating a claim (relevance, the gate). */
export function standaloneClaimPhrases(claims: Iterable<ContentClaim>): string[] {
  return [...claims].flatMap((c) =>
    (c.frames ?? []).flatMap((f) =>
      (f.phrases ?? []).filter((p) => wordsOf(p).length >= STANDALONE_PHRASE_WORDS),
    ),
  );
}
