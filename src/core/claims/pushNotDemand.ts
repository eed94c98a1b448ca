import type { BlockReading } from './readReferences.ts';
import { THREAT } from './statementFamilies.ts';

/*
 * A push is not the staff letter's demand: "she was among the employees pressing to bring him back",
 * "investors were lobbying to get him reinstated", "staff kept pushing hard to restore him", "working
 * to bring Altman back". The letter demands and threatens ("demanded that the board bring him back",
 * "threatened to quit unless…"); those who press, push, lobby or campaign for a return only strive for it.
 * A sentence that also holds a threat or a condition ("pushing to bring him back, threatening to quit",
 * "unless") is the letter's, and is left to the demand's reading. A push aimed at the board ("staff press
 * board to step down") is left alone too: addressed to the directors, it is the demand in headline grammar.
 * So is the letter pushing: "signed a letter pushing to bring Altman back", "The letter, signed by 700
 * employees, was pressing to reinstate him" (the letter the noun the verb modifies, or the sentence's
 * subject); "staff who signed the letter kept pushing to…" stays a push.
 */

/** Verbs of pressure or effort whose infinitive names what is striven for. */
const PRESSURE = new Set([
  ...['pressing', 'pressed', 'press', 'pushing', 'pushed', 'push', 'lobbying', 'lobbied', 'lobby'],
  ...['campaigning', 'campaigned', 'campaign', 'agitating', 'agitated', 'working', 'worked', 'work'],
  ...['fighting', 'fought', 'fight', 'battling', 'battled', 'scrambling', 'scrambled', 'trying', 'tried'],
  ...['struggling', 'struggled', 'striving', 'strove', 'manoeuvring', 'maneuvering', 'rallying', 'rallied'],
]);
/** A passive before the verb makes it a result ("were pushed to quit"), not an effort. */
const PASSIVE_BEFORE = new Set(['been', 'being', 'be', 'was', 'were', 'is', 'are', 'get', 'got']);
/** Words that make the sentence a threat or condition: the letter's own shape. */
const LETTER_SHAPE = new Set([...THREAT.map((w) => w.toLowerCase()), 'unless', 'otherwise', 'or else']);
/** The letter as the one that pushes. */
const LETTER_WORDS = new Set(['letter', 'petition', 'missive', 'ultimatum']);
/** How far from the sentence's start the letter may stand as its subject ("The staff's letter, …"). */
const SUBJECT_REACH = 3;

/** How far into the match the "to" may stand ("pressing hard to bring him back"). */
const TO_REACH = 3;

/** The demand matched from `first` to `last` is a push for it, not the letter's demand. */
export function pushNotDemand(reading: BlockReading, first: number, last: number): boolean {
  const { tokens, sentenceOf } = reading;
  const sentence = reading.sentences[sentenceOf[first]!]!;
  let to: number | undefined;
  for (let k = Math.max(sentence.first, first - 1); k <= Math.min(last, first + TO_REACH); k++)
    if (tokens[k]!.lower === 'to') {
      to = k;
      break;
    }
  if (to === undefined) return false;
  // "pressing to", "pushing hard to", "lobbying furiously to".
  let head = to - 1;
  if (/^(?:hard|again|together|publicly|privately)$|ly$/.test(tokens[head]?.lower ?? '')) head--;
  if (head < sentence.first || !PRESSURE.has(tokens[head]!.lower)) return false;
  const participle = /(?:ed|ght)$/.test(tokens[head]!.lower);
  if (participle && PASSIVE_BEFORE.has(tokens[head - 1]?.lower ?? '')) return false;
  for (let k = sentence.first; k <= sentence.last; k++) if (LETTER_SHAPE.has(tokens[k]!.lower)) return false;
  // "a letter pushing to", "the letter was pressing to", "The letter, signed by 700, was pressing to".
  const before = tokens[head - 1]?.lower ?? '';
  if (LETTER_WORDS.has(before)) return false;
  if (/^(?:was|is|were|are|been)$/.test(before) && LETTER_WORDS.has(tokens[head - 2]?.lower ?? ''))
    return false;
  for (let k = sentence.first; k < Math.min(head, sentence.first + SUBJECT_REACH); k++)
    if (LETTER_WORDS.has(tokens[k]!.lower)) return false;
  return true;
}
