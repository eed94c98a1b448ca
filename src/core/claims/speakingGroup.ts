import type { Token } from '../text/tokenize.ts';
import type { Reference } from './readReferences.ts';

/** Verbs by which a group reports its own intention ("the signatories warned, they would…"). */
const REPORTING = new Set([
  ...['said', 'say', 'says', 'warned', 'warn', 'warns', 'wrote', 'write', 'writes', 'told', 'tell'],
  ...['threatened', 'threaten', 'vowed', 'vow', 'insisted', 'insist', 'claimed', 'argued', 'added'],
]);
/** Nouns for a group of people that take a plural verb without an "-s" ("staff say they"). */
const PLURAL_GROUPS = new Set(['staff', 'people', 'workforce', 'personnel', 'crew', 'team']);
/** A plural noun of people ("signatories", "employees", "staffers"), not a singular in "-ss" or "-us". */
const PLURAL_NOUN = /^\p{Ll}[\p{Ll}-]*[^su]s$/u;

/**
 * "…for Altman and Brockman to be restored; otherwise, the signatories warned, they would take up jobs
 * at Microsoft": a "they" right after a group of people that reports it (the group's own "they") is that
 * group, not the two people named before it. A named speaker ("Nadella said they would join") is no such
 * group: the "they" he reports is someone else.
 */
export function theyOfSpeakingGroup(
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  sentenceFirst: number,
  they: number,
): boolean {
  let k = they - 1;
  while (k >= sentenceFirst && (tokens[k]!.text === ',' || tokens[k]!.lower === 'that')) k--;
  if (k <= sentenceFirst || !REPORTING.has(tokens[k]!.lower)) return false;
  const noun = k - 1;
  if (refAt[noun]) return false;
  const word = tokens[noun]!.lower;
  return PLURAL_GROUPS.has(word) || PLURAL_NOUN.test(word);
}
