import type { BlockReading } from './readReferences.ts';

/*
 * "Justin Kan handed the top job at Twitch to Emmett Shear in 2014": a post given is the story's
 * post only where it is the story's company's, given at the story's time. A person's earlier career
 * is told with the same verbs ("gave the CEO role to", "handed the helm to").
 */

/** The year the dataset's story opens: a post given in a year before it is another chapter. */
const STORY_YEAR = 2023;

/** Words that put a clause in a time well before the story ("years earlier", "a decade ago"). */
const EARLIER = new Set(['earlier', 'ago', 'before', 'previously']);
const SPANS = new Set(['years', 'decade', 'decades']);

/**
 * Between the post and its receiver's "to", "at"/"of" and an organisation that is not one of
 * `owners` ("the top job at Twitch", "the helm of Justin.tv"): the post is that organisation's.
 */
export function postOfOther(
  reading: BlockReading,
  from: number,
  to: number,
  owners: readonly string[],
): boolean {
  const { tokens, refAt } = reading;
  for (let k = from; k < to; k++) {
    if (!/^(?:at|of)$/.test(tokens[k]!.lower)) continue;
    const ref = refAt[k + 1];
    if (ref) {
      if (!ref.entities.some((id) => owners.includes(id) || reading.people.has(id))) return true;
    } else if (/^[A-Z]/.test(tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/** The sentence of `at` tells of a time before the story: a year before it, or "years earlier". */
export function toldOfEarlierTime(reading: BlockReading, at: number): boolean {
  const { tokens } = reading;
  const sentence = reading.sentences[reading.sentenceOf[at]!]!;
  for (let k = sentence.first; k <= sentence.last; k++) {
    const text = tokens[k]!.text;
    if (/^(?:19|20)\d\d$/.test(text) && Number(text) < STORY_YEAR) return true;
    if (SPANS.has(tokens[k]!.lower) && EARLIER.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * Where a receiver's tail ends: at a comma that opens a clause of its own ("…to Emmett Shear in
 * 2014, temporarily keeping the founders"), so a marker there is not the gift's. An apposition
 * or a relative after the receiver ("…, a Twitch co-founder, as interim chief") stays in the tail.
 */
export function receiverTailEnd(reading: BlockReading, from: number, to: number): number {
  const { tokens } = reading;
  for (let k = from; k < to; k++) {
    if (tokens[k]!.text !== ',') continue;
    let next = k + 1;
    // Past an adverb ("…, temporarily keeping").
    if (/^[a-z]+ly$/.test(tokens[next]?.lower ?? '')) next++;
    const word = tokens[next]?.lower ?? '';
    // A relative ("…, who co-founded Twitch, as a stopgap") is an aside that the tail goes past.
    if (/^(?:and|but|while)$/.test(word) || /^[a-z]{3,}(?:ing|ed)$/.test(word)) return k;
  }
  return to;
}
