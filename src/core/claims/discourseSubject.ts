import type { Matcher } from '../match/compileMatcher.ts';
import type { Token } from '../text/tokenize.ts';
import { datasetGender, type Gender } from './ownPronouns.ts';

/*
 * Whom a third-person pronoun may mean, by discourse rather than by nearness: "he" cannot be a person the
 * dataset speaks of as "she" (and the reverse), so subject continuity skips to the one who fits; and a
 * subject of two people joined by "and" gives a later "he" two answers, so it gets none.
 */

export type { Gender } from './ownPronouns.ts';

const gendersByMatcher = new WeakMap<Matcher, Map<string, Gender>>();

/** The pronoun the dataset itself uses for each person (ownPronouns.ts), read once per dataset. */
export function genderOf(matcher: Matcher, id: string): Gender | undefined {
  let genders = gendersByMatcher.get(matcher);
  if (!genders) {
    genders = new Map();
    const entities = [...matcher.entities.values()];
    for (const entity of entities) {
      const gender = datasetGender(entity, entities);
      if (gender) genders.set(entity.id, gender);
    }
    gendersByMatcher.set(matcher, genders);
  }
  return genders.get(id);
}

/**
 * Whether `id` may be the one a pronoun of `gender` means: "he" anyone not known to be "she";
 * "she", whose reading the dataset cannot check, only a person known to be "she".
 */
export function fitsPronoun(matcher: Matcher, id: string, gender: Gender): boolean {
  const known = genderOf(matcher, id);
  return gender === 'he' ? known !== 'she' : known === 'she';
}

/** "the 38-year-old", "the thirty-eight-year-old": an age standing for the person just told of. */
const AGE_NOUN = /^(?:\d{2}|[a-z]+(?:-[a-z]+)?)-year-old$/;

/** Nouns an age may describe that are no person ("the 38-year-old company", "the 100-year-old law"). */
const NOT_PERSON_AFTER_AGE = new Set([
  ...['company', 'firm', 'group', 'business', 'brand', 'chain', 'law', 'rule', 'record', 'tradition'],
  ...['building', 'house', 'institution', 'organisation', 'organization', 'charity', 'paper', 'magazine'],
]);

/** The last token of an age description ("the 38-year-old") starting at `i`, else -1. */
export function ageDescriptionEnd(tokens: Token[], i: number): number {
  if (tokens[i]?.lower !== 'the' || !AGE_NOUN.test(tokens[i + 1]?.lower ?? '')) return -1;
  return NOT_PERSON_AFTER_AGE.has(tokens[i + 2]?.lower ?? '') ? -1 : i + 1;
}

/** A reference as far as this module reads one: its tokens and whom it names. */
interface Referring {
  first: number;
  last: number;
  entities: string[];
  conditional?: boolean;
}

/**
 * "Altman and Brockman were fired. He…": the sentence from `first` opens with two people joined by
 * "and", so a later "he" has two answers and is nobody's.
 */
export function opensWithTwoPeople(
  tokens: Token[],
  refAt: Array<Referring | undefined>,
  first: number,
  isPerson: (id: string) => boolean,
): boolean {
  const one = refAt[first];
  if (!one || one.conditional || one.first !== first || !one.entities.every(isPerson)) return false;
  if (tokens[one.last + 1]?.lower !== 'and') return false;
  const other = refAt[one.last + 2];
  return (
    !!other && !other.conditional && other.entities.every(isPerson) && other.entities[0] !== one.entities[0]
  );
}

/**
 * "Murati posted the line too." | "He's CEO again.": where the last person named is one the pronoun
 * cannot mean, it goes past them to the one other person the page offers (its protagonist) that it
 * fits; with none or several, to nobody.
 */
export function focusPastLast(
  candidates: readonly string[] | undefined,
  last: string,
  fits: (id: string) => string | undefined,
): string | undefined {
  const others = [...new Set(candidates ?? [])].filter((id) => id !== last && fits(id));
  return others.length === 1 ? others[0] : undefined;
}
