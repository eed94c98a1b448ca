import type { BlockReading } from './readReferences.ts';
import { TIME_PHRASE_REACH, TIME_PHRASE_WORDS } from './timePhrase.ts';

/*
 * "Hours after losing the chairmanship, Brockman …", "A day after joining Microsoft, Altman …": a
 * gerund right after a preposition of time that opens its sentence (after a short measure of time or
 * none) tells an act of the subject named after the comma that closes the clause, as an opening
 * participle does ("Stripped of the chairmanship, Brockman …"). "If", "without" or an adverb before
 * the gerund ("after nearly losing") are not such a preposition: the act is not told.
 */

/** Prepositions of time whose gerund's act has taken place. */
const TIME_PREPOSITIONS = new Set(['after', 'before', 'since', 'upon', 'on']);
/** Words of a measure of time before the preposition beyond those of a time phrase ("just an hour after"). */
const MEASURE_WORDS = new Set(['just', 'only', 'barely', 'mere', 'an', 'hour', 'week', 'weeks', 'three']);

/** The first token of the clause opening the sentence with a gerund at `groupFirst`, else undefined. */
export function frontedGerundClause(reading: BlockReading, groupFirst: number): number | undefined {
  const { tokens, sentences, sentenceOf, refAt } = reading;
  if (!/ing$/.test(tokens[groupFirst]?.lower ?? '')) return undefined;
  const preposition = groupFirst - 1;
  if (!TIME_PREPOSITIONS.has(tokens[preposition]?.lower ?? '')) return undefined;
  const first = sentences[sentenceOf[groupFirst]!]!.first;
  if (preposition < first || preposition - first > TIME_PHRASE_REACH) return undefined;
  for (let k = first; k < preposition; k++) {
    const word = tokens[k]!.lower;
    if (refAt[k] || !(TIME_PHRASE_WORDS.has(word) || MEASURE_WORDS.has(word) || /^\d+$/.test(word)))
      return undefined;
  }
  return first;
}
