import type { BlockReading } from './readReferences.ts';

/*
 * An effort, a wish or an eagerness reported, not the act it aims at: "had been working with other
 * backers to restore the ousted chief", "pushing alongside Microsoft to bring him back", "tried hard to
 * bring him back", "in talks with investors to reinstate him".
 * The clause reader already reads a striving verb right before "to" (readClause.ts); this reads the
 * shapes with words between: a with-phrase or an adverb after the verb. "managed to get back" and
 * "agreed to return" are not efforts: they report the act done or settled. Not read here: the one
 * who returns saying he "can't wait to" or is "looking forward to" returning; the annotators of the
 * dev sets read his own word of it as the return announced, those of later sets as a wish (dropped:
 * it cost six true marks for five false ones). The heads' "on" before a gerund is read like their
 * "to" ("working on bringing him back").
 */

/** Verbs and nouns of striving, wishing or planning: what their "to" names is not done. */
const EFFORT_HEADS = new Set([
  ...['working', 'worked', 'works', 'work', 'trying', 'tried', 'tries', 'try', 'pushing', 'pushed'],
  ...['pressing', 'pressed', 'lobbying', 'lobbied', 'campaigning', 'campaigned', 'scrambling'],
  ...[
    'scrambled',
    'fighting',
    'fought',
    'struggling',
    'struggled',
    'battling',
    'battled',
    'hoping',
    'hoped',
    'hopes',
    'hope',
  ],
  ...['wanting', 'wanted', 'wants', 'want', 'seeking', 'sought', 'seeks', 'attempting', 'attempted'],
  ...['plotting', 'plotted', 'negotiating', 'negotiated', 'manoeuvring', 'maneuvering', 'angling'],
  ...['talks', 'effort', 'efforts', 'bid', 'push', 'drive', 'campaign', 'attempt', 'attempts', 'plan'],
  ...['plans', 'planning', 'planned', 'wish', 'wished', 'wishes', 'longing', 'eager', 'keen', 'anxious'],
  // Before "on" and a gerund: "focused on hiring him", "bent on bringing him back".
  ...['focused', 'focussed', 'focusing', 'intent', 'bent'],
]);
/** "pushed to the margins", "was pushed to": a passive head is a place or a result, not an effort. */
const PASSIVE_BEFORE = new Set(['been', 'being', 'be', 'was', 'were', 'is', 'are', 'get', 'got', 'gets']);
/** After a preposition "to", not an infinitive's: a determiner, a number, a name ("to the margins", "to OpenAI"). */
const PREPOSITION_OBJECT = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|\d.*)$/;
/** Words that may open the phrase between the head and "to": a partner, a place, a manner. */
const GAP_OPENERS = new Set(['with', 'alongside', 'together', 'behind', 'hard', 'again', 'feverishly']);
/** Words in that phrase that start a clause of their own: past them the head no longer governs "to". */
const GAP_BREAKS = new Set([
  ...['and', 'but', 'or', 'who', 'which', 'that', 'agreed', 'decided', 'voted', 'managed', 'was', 'were'],
  ...['is', 'are', 'has', 'had', 'have', 'did', 'succeeded', 'able'],
]);
/** How far back from the act the "to" may stand, and how many words the gap may hold. */
const TO_REACH = 5;
const GAP_WORDS = 4;

/** The "to" that opens the act's infinitive: at or just before its first word, or inside its opening. */
function infinitiveTo(reading: BlockReading, first: number, last: number): number | undefined {
  const { tokens, sentenceOf } = reading;
  for (let k = Math.max(0, first - 1); k <= Math.min(last, first + TO_REACH); k++) {
    if (sentenceOf[k] !== sentenceOf[first]) continue;
    if (tokens[k]!.lower !== 'to') continue;
    const next = tokens[k + 1];
    const named = next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text);
    return next === undefined || PREPOSITION_OBJECT.test(next.lower) || named ? undefined : k;
  }
  return undefined;
}

/**
 * A head of effort or wish governs the "to" (or "on") at `to`, maybe across a short gap. A name in the
 * gap is one word however many it is written with, and an "and" between two names joins them ("working
 * with Thrive Capital and Tiger Global Management on restoring him").
 */
function effortBefore(reading: BlockReading, to: number): boolean {
  const { tokens, sentenceOf, refAt } = reading;
  let gap = -1;
  for (let j = to - 1; j >= 0 && sentenceOf[j] === sentenceOf[to]; j--) {
    const word = tokens[j]!.lower;
    if (!tokens[j]!.isWord) return false;
    gap++;
    if (gap > GAP_WORDS) return false;
    const ref = refAt[j];
    if (ref && ref.first < j) {
      j = ref.first;
      continue;
    }
    if (word === 'and' && gap > 0 && refAt[j + 1] && refAt[j - 1]) continue;
    if (EFFORT_HEADS.has(word)) {
      const participle = /(?:ed|ght)$/.test(word);
      if (participle && PASSIVE_BEFORE.has(tokens[j - 1]?.lower ?? '')) return false;
      if (gap === 0) return true;
      const opener = tokens[j + 1]!.lower;
      return GAP_OPENERS.has(opener) || (gap === 1 && /ly$/.test(opener));
    }
    if (GAP_BREAKS.has(word)) return false;
  }
  return false;
}

/**
 * The "on" before a gerund that opens the act: "working on bringing him back", "keen on hiring him".
 * The heads' "on" is the infinitive's "to" in other words; a day ("returned on Wednesday") is no gerund.
 */
function gerundOn(reading: BlockReading, first: number): number | undefined {
  const { tokens, sentenceOf } = reading;
  const on = first - 1;
  if (tokens[on]?.lower !== 'on' || sentenceOf[on] !== sentenceOf[first]) return undefined;
  return tokens[first]!.lower.endsWith('ing') ? on : undefined;
}

/** The act from `first` to `last` is only striven for, wished or planned. */
export function effortNotFact(reading: BlockReading, first: number, last: number): boolean {
  const to = infinitiveTo(reading, first, last) ?? gerundOn(reading, first);
  return to !== undefined && effortBefore(reading, to);
}
