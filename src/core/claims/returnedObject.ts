import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS } from '../text/determiners.ts';
import type { BlockReading } from './readReferences.ts';

/*
 * "Return" as coming back takes no object: "Altman returned", "returned to OpenAI", "returned as CEO",
 * "returned home", "returned the next day". With one it gives something back: "returned the favour",
 * "returned his calls", "returned fire", "returned the compliment", "returned the money", "returned the
 * company to growth". A noun phrase right after the verb is such an object unless it is a time.
 */

/** Words that open a noun phrase: an object after "return" starts with one. */
const OPENERS = new Set<string>([...ARTICLES, ...POSSESSIVE_DETERMINERS, ...DEMONSTRATIVES, 'your', 'every']);
/** Objects given back with no determiner: "returned fire", "returned serve", "returned calls". */
const BARE_OBJECTS = new Set([
  ...['fire', 'serve', 'service', 'volley', 'favour', 'favor', 'favours', 'favors', 'compliment'],
  ...['compliments', 'call', 'calls', 'emails', 'messages', 'texts', 'praise', 'money', 'cash'],
]);
/** Words of a time phrase after "returned": "the next day", "a week later", "this time", "that evening". */
const TIME_WORDS = new Set([
  ...['next', 'following', 'same', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years'],
  ...['morning', 'afternoon', 'evening', 'night', 'weekend', 'time', 'hours', 'minutes', 'later'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'moment'],
]);
/** Prepositions that end the object's phrase. */
const PREPOSITIONS = new Set(['within', 'in', 'on', 'at', 'to', 'by', 'for', 'after', 'with', 'from', 'of']);
/** How many words of the noun phrase are read for a time word ("the very next day"). */
const PHRASE_WORDS = 3;

/** Does the verb "return" ending at token `last` take an object, so that it gives something back? */
export function returnsSomething(reading: BlockReading, last: number): boolean {
  const { tokens, sentenceOf } = reading;
  if (!/^return(?:s|ed|ing)?$/.test(tokens[last]?.lower ?? '')) return false;
  const next = tokens[last + 1];
  if (!next || sentenceOf[last + 1] !== sentenceOf[last]) return false;
  if (BARE_OBJECTS.has(next.lower)) return true;
  if (!OPENERS.has(next.lower)) return false;
  // The phrase ends at the next opener or preposition: "the favour a week later", "the call within minutes".
  for (let k = last + 2; k <= last + 1 + PHRASE_WORDS && tokens[k]?.isWord; k++) {
    const word = tokens[k]!.lower;
    if (OPENERS.has(word) || PREPOSITIONS.has(word)) break;
    if (TIME_WORDS.has(word)) return false;
  }
  return tokens[last + 2]?.isWord === true;
}
