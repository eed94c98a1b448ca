import type { BlockReading } from './readReferences.ts';

/*
 * An act argued or worked for, not one done: the act as the object of a "for" after a verb or noun
 * of striving or advocacy ("had worked for Altman's return", "pushed hard for his reinstatement",
 * "the campaign for his comeback", "calls for Altman's return"), or as a gerund after a verb of
 * favouring ("investors who favour bringing Altman back", "backed reinstating him", "argued for
 * restoring him"). effortNotFact.ts reads the same heads before an infinitive ("worked to restore").
 */

/** Verbs and nouns whose "for" names an aim ("worked for", "calls for", "the push for"). */
const STRIVING_FOR = new Set([
  ...['work', 'works', 'worked', 'working', 'push', 'pushes', 'pushed', 'pushing', 'press', 'pressed'],
  ...['pressing', 'lobby', 'lobbied', 'lobbying', 'campaign', 'campaigned', 'campaigning', 'fight'],
  ...['fought', 'fighting', 'call', 'calls', 'called', 'calling', 'argue', 'argued', 'arguing', 'agitate'],
  ...['agitated', 'agitating', 'clamour', 'clamoured', 'clamor', 'clamored', 'clamouring', 'clamoring'],
  ...['plead', 'pleaded', 'pled', 'pleading', 'plea', 'pleas', 'hope', 'hoped', 'hoping', 'hopes'],
  ...['wish', 'wished', 'wishing', 'longed', 'longing', 'angle', 'angled', 'angling', 'root'],
  ...['rooted', 'rooting', 'pray', 'prayed', 'praying', 'bid', 'drive', 'case', 'support', 'appetite'],
  ...['demands', 'demand', 'demanded', 'demanding', 'efforts', 'effort', 'manoeuvred', 'maneuvered'],
  // "asked for a board seat", "a request for an observer seat": what is asked for is not yet granted.
  ...['ask', 'asks', 'asked', 'asking', 'request', 'requests', 'requested', 'requesting'],
]);
/** Verbs of favouring whose gerund object is an aim ("favour bringing him back", "backed reinstating him"). */
const FAVOURING = new Set([
  ...['favour', 'favours', 'favoured', 'favouring', 'favor', 'favors', 'favored', 'favoring', 'back'],
  ...['backed', 'backing', 'backs', 'support', 'supports', 'supported', 'supporting', 'advocate'],
  ...['advocated', 'advocating', 'advocates', 'urge', 'urged', 'urging', 'urges', 'propose', 'proposed'],
  ...['proposing', 'proposes', 'suggest', 'suggested', 'suggesting', 'consider', 'considered'],
  ...['considering', 'discuss', 'discussed', 'discussing', 'mull', 'mulled', 'mulling', 'contemplate'],
  ...['contemplated', 'contemplating', 'weigh', 'weighed', 'weighing', 'explore', 'explored', 'exploring'],
  // "is seeking an observer seat", "wants a non-voting seat": a thing sought is not a thing had.
  ...['seek', 'seeks', 'sought', 'seeking', 'want', 'wants', 'wanted', 'wanting', 'covet', 'covets'],
  ...['coveted', 'coveting', 'request', 'requests', 'requested', 'requesting'],
]);
/** Words that may stand between "for" and the act: an intensifier or the act's owner ("for Altman's", "for his"). */
const OWNER_WORDS = new Set([
  'his',
  'her',
  'their',
  "'s",
  'a',
  'an',
  'the',
  'swift',
  'quick',
  'speedy',
  'immediate',
  // "ask for at least a seat", "sought at most an observer's role": a bound on what is sought.
  'at',
  'least',
  'most',
]);
/** How many words an owner may take ("for the ousted chief executive's return"). */
const OWNER_REACH = 5;

/** The word before the act's owner: "for" after `first`'s possessor, if any. */
function forBefore(reading: BlockReading, first: number): number | undefined {
  const { tokens, sentenceOf } = reading;
  for (let k = first - 1; k >= Math.max(0, first - 1 - OWNER_REACH); k--) {
    if (sentenceOf[k] !== sentenceOf[first] || !tokens[k]!.isWord) return undefined;
    const word = tokens[k]!.lower;
    if (word === 'for') return k;
    // Only a possessor or an adjective may sit between: "for Altman's", "for the ousted boss's".
    if (!OWNER_WORDS.has(word) && tokens[k + 1]?.lower !== "'s" && !/^\p{Lu}/u.test(tokens[k]!.text))
      return undefined;
  }
  return undefined;
}

/** The act from `first` is only argued or worked for. */
export function advocatedNotDone(reading: BlockReading, first: number): boolean {
  const { tokens, sentenceOf } = reading;
  const firstWord = tokens[first]!.lower;
  // "favour bringing Altman back", "argued for reinstating him": a gerund as the object of favouring.
  if (firstWord.endsWith('ing')) {
    let before = first - 1;
    if (tokens[before]?.lower === 'for') before--;
    if (before >= 0 && sentenceOf[before] === sentenceOf[first]) {
      const head = tokens[before]!.lower;
      if (FAVOURING.has(head) || (tokens[first - 1]!.lower === 'for' && STRIVING_FOR.has(head))) return true;
    }
  }
  // "backing his return", "supported Altman's reinstatement", "favoured a comeback": the act's noun as
  // the object of favouring is argued for, not done.
  if (favouredNoun(reading, first)) return true;
  const at = forBefore(reading, first) ?? (firstWord === 'for' ? first : undefined);
  if (at === undefined || at === 0 || sentenceOf[at - 1] !== sentenceOf[at]) return false;
  // "pushed hard for", "worked tirelessly for": one adverb between the head and "for".
  const head = tokens[at - 1]!.lower;
  const beforeAdverb = /ly$|^hard$/.test(head) && at >= 2 ? tokens[at - 2]!.lower : undefined;
  return STRIVING_FOR.has(head) || (beforeAdverb !== undefined && STRIVING_FOR.has(beforeAdverb));
}

/** Words that open a phrase as a preposition, never as the favoured noun. */
const PREPOSITIONS = new Set('to at over in on from with by as into away off'.split(' '));

/** The act's noun at `first` (or its owner there) is the object of a verb of favouring: "backing his return". */
function favouredNoun(reading: BlockReading, first: number): boolean {
  const { tokens, sentenceOf } = reading;
  // "favoured ChatGPT to the detriment of research": a phrase opening on a preposition is no object noun.
  if (PREPOSITIONS.has(tokens[first]?.lower ?? '')) return false;
  for (let k = first - 1; k >= Math.max(0, first - 1 - OWNER_REACH); k--) {
    if (sentenceOf[k] !== sentenceOf[first] || !tokens[k]!.isWord) return false;
    const word = tokens[k]!.lower;
    if (FAVOURING.has(word)) return k < first - 1 || !tokens[first]!.lower.endsWith('ing');
    if (!OWNER_WORDS.has(word) && tokens[k + 1]?.lower !== "'s" && !/^\p{Lu}/u.test(tokens[k]!.text))
      return false;
  }
  return false;
}
