import { POSSESSIVE_DETERMINERS } from '../text/determiners.ts';
import type { BlockReading } from './readReferences.ts';

/** Possessive determiners: after one, "back" is the body's back ("had his back"), never a return. */
const POSSESSIVES = new Set<string>([...POSSESSIVE_DETERMINERS, 'your', "one's"]);
/** Articles before the wall a back is against ("to the wall", "against a wall"). */
const ARTICLES = new Set(['the', 'a']);
/**
 * Words that take "X's back" as their object or place: support ("had Altman's back", "got Sam's back",
 * "watched Greg's back", "covered his back"), betrayal ("stabbed him in the back", "behind Altman's
 * back") and the like. After them "'s" is a possessive, not "is".
 */
const BACK_AS_OBJECT = new Set([
  ...['have', 'has', 'had', 'having', "'ve", "'d", 'got', 'gotten', 'get', 'gets', 'getting'],
  ...['watch', 'watches', 'watched', 'watching', 'cover', 'covers', 'covered', 'covering'],
  ...['stab', 'stabs', 'stabbed', 'stabbing', 'scratch', 'scratched', 'pat', 'patted', 'slap', 'slapped'],
  ...['behind', 'at', 'on', 'off', 'across', 'into', 'in', 'over', 'from'],
]);

/**
 * "Greg and the team had his back", "Murati has always had Altman's back", "went behind Sam's back",
 * "with Altman's back to the wall":
 * "back" the noun, owned by a person, is support or betrayal, not a return.
 */
export function backIsNoun(reading: BlockReading, back: number): boolean {
  const { tokens } = reading;
  const before = tokens[back - 1]?.lower ?? '';
  if (POSSESSIVES.has(before)) return true;
  // "with Altman's back to the wall", "his back against the wall": cornered, not returned.
  // "Came back to the Wall Street Journal conference" is a return: the wall must be one, with its article.
  if (
    /^(?:to|against)$/.test(tokens[back + 1]?.lower ?? '') &&
    ARTICLES.has(tokens[back + 2]?.lower ?? '') &&
    tokens[back + 3]?.lower === 'wall' &&
    tokens[back + 4]?.lower !== 'street'
  )
    return true;
  if (before !== "'s" && before !== '’s') return false;
  // "Altman's back" alone may be "Altman is back": only a verb or place word before the owner says noun.
  let k = back - 2;
  while (k > 0 && back - 2 - k < 3 && tokens[k]!.isWord && /^\p{Lu}/u.test(tokens[k]!.text)) k--;
  return k < back - 2 && BACK_AS_OBJECT.has(tokens[k]?.lower ?? '');
}

/** Forms of "go": only "go back" over a span is a long acquaintance ("they go back years"). */
const GOING = new Set(['go', 'goes', 'went', 'going', 'gone']);
/** Units of a long acquaintance ("go back eight years", "go back decades"). */
const LONG_UNITS = /^(?:years?|decades?|months?|ages|forever|generations?)$/;
/** Counts before such a unit ("eight years", "a decade", "many years", "some 15 years"). */
const COUNTS =
  /^(?:a|an|some|many|several|few|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a\s+few)$/;
/** Words after a span of time that make it the time of a return ("came back five days later"). */
const TIME_OF_ACT = /^(?:later|after|afterwards|afterward|on|earlier|ago|hence)$/;

/**
 * "He and Altman went back eight years at the company", "the two go back a long way", "they go back
 * decades": "go back" followed by a long span is an old acquaintance, not a return. A span followed by
 * "later" or "after" dates the act ("came back two days later") and leaves it a return.
 */
export function backOverTime(reading: BlockReading, back: number): boolean {
  const { tokens, sentenceOf } = reading;
  const word = (k: number) => (sentenceOf[k] === sentenceOf[back] ? (tokens[k]?.lower ?? '') : '');
  // Only "go back" is an acquaintance: "came back months before", "came back three months into" are returns.
  const go = word(back - 1) === 'way' ? back - 2 : back - 1;
  if (!GOING.has(word(go))) return false;
  if (go === back - 2) return true;
  let k = back + 1;
  if (word(k) === 'a' && word(k + 1) === 'long' && word(k + 2) === 'way') return true;
  if (word(k) === 'way' && word(k + 1) === 'back') return true;
  while (k <= back + 3 && COUNTS.test(word(k))) k++;
  if (!LONG_UNITS.test(word(k))) return false;
  return !TIME_OF_ACT.test(word(k + 1));
}
