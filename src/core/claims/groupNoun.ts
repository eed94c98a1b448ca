import type { Matcher } from '../match/compileMatcher.ts';
import type { Token } from '../text/tokenize.ts';

/**
 * "the two founders", "both men", "the two ousted executives": a group word heading a plural noun for
 * people stands, noun and all, for the two people just named ("the pair" already does, readReferences.ts).
 * A noun that names a post ("founders") must fit both people's roles in the dataset, so "the two
 * founders" is never a founder and someone else; "two founders of a start-up" is a count.
 */

/** Plural nouns for people after "the two" or "both", with what each person's role must say (null: any person). */
const PEOPLE_NOUNS = new Map<string, RegExp | null>([
  ...['founders', 'co-founders', 'cofounders'].map((n): [string, RegExp] => [n, /\b(?:co-?)?founder\b/i]),
  ...['men', 'executives', 'bosses', 'leaders', 'chiefs', 'allies', 'colleagues'].map((n): [string, null] => [
    n,
    null,
  ]),
]);
/** Words between the group word and its noun ("the two ousted founders", "both former bosses"). */
const BETWEEN = new Set([
  ...['ousted', 'former', 'fired', 'sacked', 'axed', 'deposed', 'departed', 'departing', 'exiled'],
  ...['top', 'senior', 'star', 'tech', 'outgoing'],
]);
/** Words before "two" that make it a group with a noun ("the two founders", "those two men"), not a count. */
const DEFINITE = new Set(['the', 'those', 'these']);
/** How many words may stand between the group word and its noun. */
const BETWEEN_REACH = 2;

/**
 * Where the group led by the word at `i` ends: its noun, where "the two" or "both" heads a plural noun
 * for people that fits `people`; else `i` itself.
 */
export function groupNounEnd(
  matcher: Matcher,
  tokens: readonly Token[],
  i: number,
  people: string[],
): number {
  const word = tokens[i]!.lower;
  if (!(word === 'both' || (word === 'two' && DEFINITE.has(tokens[i - 1]?.lower ?? '')))) return i;
  for (let j = i + 1; j <= i + 1 + BETWEEN_REACH && j < tokens.length; j++) {
    const next = tokens[j]!.lower;
    if (PEOPLE_NOUNS.has(next)) {
      const role = PEOPLE_NOUNS.get(next);
      const fits = people.every((id) => !role || role.test(matcher.entities.get(id)?.role ?? ''));
      return fits ? j : i;
    }
    if (!BETWEEN.has(next)) return i;
  }
  return i;
}
