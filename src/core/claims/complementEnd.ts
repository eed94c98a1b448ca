import type { BlockReading } from './readReferences.ts';
import { isAdverb } from './readClause.ts';

/*
 * A post named by a few words ("the startup", "the company", "the top job") is that post only where
 * its noun phrase ends there: "lead the startup scene again" leads a scene, and in "led the company
 * through another funding round again" what is done again is the round. A frame told as a second
 * time holds its marker right after the post, past only the post's own words ("chief executive
 * officer", "of OpenAI") and a time ("on Wednesday").
 */

/** Words that close a noun phrase after it: prepositions, conjunctions, relatives, times. */
const PHRASE_ENDERS = new Set([
  ...['of', 'at', 'in', 'on', 'for', 'with', 'from', 'by', 'to', 'as', 'after', 'before', 'since'],
  ...['until', 'amid', 'during', 'through', 'into', 'over', 'under', 'without', 'despite', 'like'],
  ...['and', 'but', 'or', 'nor', 'so', 'then', 'when', 'while', 'if', 'because', 'once', 'though'],
  ...['who', 'which', 'that', 'where', 'whose', 'again', 'anew', 'a', 'today', 'tomorrow', 'now'],
  ...['yesterday', 'tonight', 'soon', 'later', 'this', 'next', 'last', 'days', 'weeks', 'just'],
]);

/** Words of the post itself, which a shorter wording of it may leave after it ("chief executive officer"). */
const POST_WORDS = new Set([
  ...['chief', 'executive', 'officer', 'ceo', 'role', 'job', 'post', 'position', 'office', 'chair'],
  ...['seat', 'spot', 'helm', 'reins', 'boss', 'company', 'firm', 'startup', 'start-up'],
]);

/** Words that may stand between a post and its marker: its place, its title, a time. */
const MARKER_GAP = new Set([
  ...POST_WORDS,
  ...['of', 'at', 'the', 'its', 'his', 'on', 'in', 'this', 'next', 'last', 'week', 'weekend'],
  ...['today', 'tonight', 'tomorrow', 'yesterday', 'now', 'monday', 'tuesday', 'wednesday'],
  ...['thursday', 'friday', 'saturday', 'sunday', ','],
  // The marker's own words ("once more", "for a second time").
  ...['once', 'more', 'again', 'anew', 'for', 'a', 'second', 'time'],
]);

/** The word after `last` carries the noun phrase on ("the startup scene", "the company Loopt"). */
export function continuesNounPhrase(
  reading: BlockReading,
  last: number,
  isPlace: (entities: string[]) => boolean,
): boolean {
  const token = reading.tokens[last + 1];
  if (!token?.isWord || reading.sentenceOf[last + 1] !== reading.sentenceOf[last]) return false;
  const ref = reading.refAt[last + 1];
  if (ref) return !isPlace(ref.entities);
  return !PHRASE_ENDERS.has(token.lower) && !POST_WORDS.has(token.lower) && !isAdverb(token.lower);
}

/**
 * Between the post ending at `last` and its marker ending at `marker`, only the post's words, its
 * place (`isPlace`) and a time: "took the top job at OpenAI again", not "led the company
 * through another round again".
 */
export function markerFollowsPost(
  reading: BlockReading,
  last: number,
  marker: number,
  isPlace: (entities: string[]) => boolean,
): boolean {
  for (let k = last + 1; k < marker; k++) {
    const ref = reading.refAt[k];
    if (ref) {
      if (!isPlace(ref.entities)) return false;
      k = ref.last;
      continue;
    }
    const word = reading.tokens[k]!.lower;
    if (!MARKER_GAP.has(word) && !isAdverb(word)) return false;
  }
  return true;
}
