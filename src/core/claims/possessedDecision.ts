import type { BlockReading } from './readReferences.ts';

/*
 * "his decision to join Microsoft", "Brockman's choice to quit": a person's own decision before "to"
 * carries the verb after it as "decided to" does, and its possessor is the verb's subject. Only a
 * possessive right before the noun makes the decision someone's ("a decision to join" is nobody's).
 */

/** Nouns of deciding on an act. */
const DECISION_NOUNS = new Set(['decision', 'choice', 'resolve']);
/** Possessive pronouns that make the decision a person's. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);
const POSSESSIVE_MARK = /^['’]s?$/;

/**
 * Token `at` is a decision noun before "to" with a possessor before it: the last token of the
 * possessor's name or pronoun (where the verb's subject ends), else undefined.
 */
export function possessedDecisionOwner(reading: BlockReading, at: number): number | undefined {
  const { tokens, refAt, sentenceOf } = reading;
  if (!DECISION_NOUNS.has(tokens[at]?.lower ?? '') || tokens[at + 1]?.lower !== 'to') return undefined;
  const before = at - 1;
  if (sentenceOf[before] !== sentenceOf[at]) return undefined;
  if (POSSESSIVE_PRONOUNS.has(tokens[before]?.lower ?? '') && refAt[before]) return before;
  if (POSSESSIVE_MARK.test(tokens[before]?.text ?? '') && refAt[before - 1]) return before - 1;
  return undefined;
}
