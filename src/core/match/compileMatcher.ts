import type { ContentClaim, ContentDataset, Entity } from '../dataset/schema.ts';
import { statementLexiconSteps, wordsOf, type StatementLexicon } from '../claims/statementLexicon.ts';
import { organisationEpithets } from '../claims/organisationEpithets.ts';
import { leaderEpithets } from '../claims/leaderEpithets.ts';
import { phraseTrieSource } from './phraseTrie.ts';
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
  /**
   * A form the dataset does not write, derived from one it does: the lowercase of a name ("nadella",
   * "emmett shear"), a person's first or last name alone ("Yu", "Jason"; see derivedNames), or a
   * shared name in capitals ("TAYLOR"), a name only in a list of the story's names (findNames).
   */
  derived?: 'lowercase' | 'part' | 'capitals';
  /**
   * A derived form that is an ordinary English word ("shear", "thrive", "Will"): a name only where
   * its sentence uses it as one (usedAsName). The forms the dataset lists ("Shear", "Thrive") are
   * its editors' choice and are not second-guessed.
   */
  ordinaryWord?: boolean;
}

export interface Matcher {
  /** One pattern for every name in the dataset, longest first. */
  names: RegExp;
  nameLookup: Map<string, NameEntry>;
  /** How statement claims are stated: read in phase 2, and compiled on first use (a getter). */
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
      for (const capitals of inCapitals(alias)) add(entity, capitals, 'full');
    }
    for (const alias of entity.contextAliases) {
      add(entity, alias, 'context');
      for (const capitals of inCapitals(alias)) add(entity, capitals, 'context');
    }
    for (const alias of entity.ambiguousAliases) {
      add(entity, alias, 'ambiguous');
      // A chyron or a fact box in capitals ("TAYLOR · SUMMERS"): a name there only as a list makes it one (findNames).
      for (const capitals of inCapitals(alias)) {
        const key = nameKey(capitals);
        if (!nameLookup.has(key))
          nameLookup.set(key, {
            entityId: entity.id,
            tier: 'ambiguous',
            alias: capitals,
            derived: 'capitals',
          });
      }
    }
  }
  for (const entry of derivedNames(dataset.entities, nameLookup)) {
    const key = nameKey(entry.alias);
    if (!nameLookup.has(key)) nameLookup.set(key, entry);
  }

  const standalonePhrases = standaloneClaimPhrases(dataset.claims);

  // Compiled on first use, or a step at a time by phase 2's warm-up (compileStatementsInSteps): 200 ms of
  // a fresh page's CPU in round 24, measured, that phase 1 (names and figures) never reads. A read of
  // `statements` part-way through finishes the compile the steps started.
  let statements: StatementLexicon | undefined;
  const compiling = (function* () {
    statements = yield* statementLexiconOf(dataset);
  })();

  const figureClaims = dataset.claims.filter((c) => c.kind === 'figure');
  const allCues = figureClaims.flatMap((c) => c.cues);
  const aliases = [...nameLookup.values()].map((e) => e.alias);
  // A ticker strip's cells run together ("148.62MSFT"): a name in capitals may follow a figure's digit.
  const tickers = aliases.filter((a) => /^[A-Z]{4,}$/.test(a));
  const afterFigure = tickers.length ? `|(?<=[0-9])(?:${alternation(tickers)})` : '';
  const matcher: Matcher = {
    names: new RegExp(`(?:${WORD_BEFORE}(?:${alternation(aliases)})${afterFigure})${WORD_AFTER}`, 'g'),
    nameLookup,
    get statements() {
      if (!statements) for (const _ of compiling);
      return statements!;
    },
    claimPhrases: standalonePhrases.length
      ? new RegExp(`${WORD_BEFORE}(?:${phraseTrieSource(standalonePhrases)})${WORD_AFTER}`, 'gi')
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
  lexiconCompiles.set(matcher, compiling);
  return matcher;
}

/** Each compiled matcher's statement lexicon compile, which reading `statements` or stepping it runs. */
const lexiconCompiles = new WeakMap<Matcher, Generator<unknown, void>>();

/**
 * Compiles `matcher`'s statement lexicon a step at a time (statementLexiconSteps), for phase 2's warm-up
 * to yield between; nothing to do for a matcher whose lexicon is compiled already, or one revived from
 * plain data (its lexicon came with it).
 */
export function* compileStatementsInSteps(matcher: Matcher): Generator<void, void> {
  const compiling = lexiconCompiles.get(matcher);
  if (!compiling) return;
  while (!compiling.next().done) yield;
}

/** The statement frames of the dataset's claims, with the epithets its entities imply, in steps. */
function* statementLexiconOf(dataset: ContentDataset): Generator<number, StatementLexicon> {
  const statements = yield* statementLexiconSteps(dataset.claims, dataset.entities);
  // With the epithets an organisation's entry implies ("the group of Redmond", "the maker of ChatGPT").
  statements.epithets.push(...organisationEpithets(dataset.entities));
  yield statements.epithets.length;
  // And those a chief executive's role implies ("the man behind ChatGPT").
  statements.epithets.push(...leaderEpithets(dataset.entities));
  return statements;
}

/**
 * A name as pages set it in capitals: all of it ("TASHA MCCAULEY"), and with a "Mc" or "Mac" prefix
 * kept as written, the way type in capitals usually sets it ("TASHA McCAULEY"). Short names are
 * left out: "SAM" in capitals is as likely an acronym.
 */
function inCapitals(alias: string): string[] {
  if (alias.length < 5 || !/\p{Ll}/u.test(alias)) return [];
  const all = alias.toUpperCase();
  const prefixKept = alias
    .split(' ')
    .map((word) => {
      const mc = /^(Ma?c)(\p{Lu}.*)$/u.exec(word);
      return mc ? mc[1]! + mc[2]!.toUpperCase() : word.toUpperCase();
    })
    .join(' ');
  return prefixKept === all ? [all] : [all, prefixKept];
}

/** The entity's `ordinaryWords`, lower-cased. */
const ordinaryWordsOf = (entity: Entity): Set<string> =>
  new Set((entity.ordinaryWords ?? []).map((w) => w.toLowerCase()));

/** The weaker of two tiers: a derived form never proves more than the name it comes from. */
const weaker = (a: NameTier, b: NameTier): NameTier =>
  a === 'ambiguous' || b === 'ambiguous'
    ? 'ambiguous'
    : a === 'context' || b === 'context'
      ? 'context'
      : 'full';

/**
 * Names pages write that the dataset need not list, derived by rule:
 * - the lowercase of every name, for informal text ("sam's back", "nadella wins"): a full name in
 *   lower case ("emmett shear") keeps its tier; one word counts as a surname does, on a page about
 *   the story ("nadella", "quora"); one that is an ordinary English word (the entity's
 *   `ordinaryWords`: "shear", "thrive", "meta") only where the page names the entity and the sentence
 *   uses the word as a name (findNames);
 * - a person's first and last name alone ("Yu", "Jason", "Mak" in "Prof Mak", "Brett" of the listed
 *   misspelling "Brett Taylor"), as shared names that
 *   count only where the page names the person in full, unless two people share it ("Mark" is Chen
 *   and Zuckerberg); one that is an ordinary word ("Will", "Brad") only where used as a name.
 */
function derivedNames(entities: Entity[], known: Map<string, NameEntry>): NameEntry[] {
  const found = new Map<string, NameEntry | null>();
  const offer = (entry: NameEntry) => {
    const key = nameKey(entry.alias);
    if (known.has(key)) return;
    const other = found.get(key);
    // Two entities with one derived name: it names neither.
    if (other === undefined) found.set(key, entry);
    else if (other && other.entityId !== entry.entityId) found.set(key, null);
  };
  for (const entity of entities) {
    const ordinary = ordinaryWordsOf(entity);
    if (entity.kind === 'person') {
      // The name's, and those of the spellings the dataset lists ("Brett Taylor", "Lawrence Summers").
      const parts = [entity.name, ...entity.aliases]
        .map((n) => n.split(/\s+/))
        .filter((words) => words.length >= 2)
        .flatMap((words) => [words[0]!, words.at(-1)!]);
      for (const word of new Set(parts)) {
        if (word.length < 2) continue;
        const ordinaryWord = ordinary.has(word.toLowerCase());
        offer({
          entityId: entity.id,
          tier: 'ambiguous',
          alias: word,
          derived: 'part',
          ...(ordinaryWord ? { ordinaryWord } : {}),
        });
      }
    }
    const tiers: Array<[string, NameTier]> = [
      ...[entity.name, ...entity.aliases].map((a): [string, NameTier] => [a, 'full']),
      ...entity.contextAliases.map((a): [string, NameTier] => [a, 'context']),
      ...entity.ambiguousAliases.map((a): [string, NameTier] => [a, 'ambiguous']),
    ];
    for (const [alias, tier] of tiers) {
      const lower = alias.toLowerCase();
      if (lower === alias || lower.length < 3) continue;
      const oneWord = !/\s/.test(lower);
      const ordinaryWord = oneWord && ordinary.has(lower);
      offer({
        entityId: entity.id,
        tier: !oneWord ? tier : ordinaryWord ? 'ambiguous' : weaker(tier, 'context'),
        alias: lower,
        derived: 'lowercase',
        ...(ordinaryWord ? { ordinaryWord } : {}),
      });
    }
  }
  return [...found.values()].filter((e): e is NameEntry => e !== null);
}

export function cueKey(cue: string): string {
  return nameKey(cue).toLowerCase();
}

/**
 * The claims' phrases long enough to count on their own as a page stating a claim (relevance, the gate).
 * A wording made of word families ("%judged %cannot %oversee") is no fixed text: its "%" words never
 * occur on a page, and written out it would be hundreds of phrases, so only the statement reading has it.
 */
export function standaloneClaimPhrases(claims: Iterable<ContentClaim>): string[] {
  return [...claims].flatMap((c) =>
    (c.frames ?? []).flatMap((f) =>
      (f.phrases ?? []).filter((p) => !p.includes('%') && wordsOf(p).length >= STANDALONE_PHRASE_WORDS),
    ),
  );
}
