import type { BlockReading } from './readReferences.ts';

/**
 * A short phrase of time inside a clause ("by nightfall", "late on Sunday night", "over the weekend"):
 * it may stand between a conjunction and its verb, or between a verb and its particle ("turned on Sunday
 * night to Shear"), and the clause reads as if it were not there.
 */

/** Words of a short time phrase ("by nightfall", "later that day", "over the weekend"). */
export const TIME_PHRASE_WORDS = new Set([
  ...['by', 'within', 'on', 'that', 'the', 'same', 'next', 'following', 'a', 'few', 'two', 'several'],
  ...['late', 'early', 'hours', 'minutes', 'days', 'moments', 'later', 'soon', 'shortly', 'afterwards'],
  ...['nightfall', 'night', 'day', 'evening', 'morning', 'afternoon', 'weekend', 'dawn', 'midnight'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'over', 'overnight'],
  ...['yesterday', 'tonight', 'last', 'this'],
]);
/** The words of TIME_PHRASE_WORDS that make the phrase one of time ("by nightfall", not "by the board"). */
export const TIME_NOUNS = new Set([
  ...['hours', 'minutes', 'days', 'moments', 'later', 'soon', 'shortly', 'afterwards', 'nightfall'],
  ...['night', 'day', 'evening', 'morning', 'afternoon', 'weekend', 'dawn', 'midnight'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'overnight'],
  ...['yesterday', 'tonight'],
]);
/** How many words such a phrase may have. */
export const TIME_PHRASE_REACH = 4;

/** "turned on Sunday night to …": the last word of a time phrase that starts at `from`, set off by commas or not. */
export function timePhraseEnd(reading: BlockReading, from: number): number | undefined {
  const { tokens, refAt } = reading;
  const comma = tokens[from]?.text === ',';
  let k = comma ? from + 1 : from;
  let timed = false;
  for (; k < from + TIME_PHRASE_REACH + (comma ? 1 : 0); k++) {
    const word = tokens[k]?.lower ?? '';
    if (refAt[k] || !TIME_PHRASE_WORDS.has(word)) break;
    if (TIME_NOUNS.has(word)) timed = true;
  }
  if (!timed) return undefined;
  // Opened by a comma, the phrase closes with one: "turned, late on Sunday, to Shear".
  if (comma) return tokens[k]?.text === ',' ? k : undefined;
  return k - 1;
}
