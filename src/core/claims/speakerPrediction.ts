import type { BlockReading } from './readReferences.ts';

/**
 * Where a marker must stand to stake a forecast: `opening` at the start of its sentence or clause (the
 * imperative "Give it a week, …", not "a move that could give it a couple of years' lead"); `next` the
 * token after it ("screenshot this." ends its clause, not "posted a screenshot this morning"; "my
 * prediction:", "my prediction is…", not "my prediction was right", told after the fact).
 */
interface Marker {
  words: readonly string[];
  opening?: boolean;
  next?: RegExp;
}

/**
 * Phrases by which a speaker stakes a forecast ("calling it now", "mark my words", "give it a week",
 * "you heard it here first", "my money's on", "my bet:"): what they forecast has not happened.
 * Each is a run of lower-case words, matched token by token.
 */
const PREDICTION_MARKERS: readonly Marker[] = [
  { words: ['calling', 'it', 'now'] },
  { words: ['call', 'it', 'now'] },
  { words: ['mark', 'my', 'words'] },
  ...['week', 'month', 'fortnight', 'day', 'few', 'couple'].map((span) => ({
    words: ['give', 'it', 'a', span],
    opening: true,
  })),
  { words: ['give', 'it', 'till'], opening: true },
  { words: ['give', 'it', 'until'], opening: true },
  { words: ['i', 'predict'] },
  { words: ['my', 'prediction'], next: /^(?::|is|'s|’s|,|—|–|for|here|now)$/ },
  // "Placing my bet now:", "Here's my bet —": a bet staked, not "my bet paid off", settled after the fact.
  { words: ['my', 'bet'], next: /^(?::|is|'s|’s|,|—|–|for|here|now)$/ },
  { words: ['my', 'money', "'s", 'on'] },
  { words: ['my', "money's", 'on'] },
  { words: ['my', 'money', 'is', 'on'] },
  { words: ['heard', 'it', 'here', 'first'] },
  { words: ['screenshot', 'this'], next: /^(?:[.!:;,—–)"”'’]|$)/ },
];
/** Tokens after which a clause opens: a marker there is said as an aside or an imperative. */
const CLAUSE_OPENING = /^(?:[,;:—–(“"‘'…]|just|so|and|but|now|ok|okay|look|honestly|seriously)$/;
/** How far on either side of the act, in its sentence, the marker may stand. */
const MARKER_REACH = 16;

function markerAt(reading: BlockReading, k: number, sentenceFirst: number, sentenceLast: number): boolean {
  const { tokens } = reading;
  return PREDICTION_MARKERS.some(({ words, opening, next }) => {
    if (
      !words.every(
        (word, i) => tokens[k + i]?.lower === word || (word === "'s" && tokens[k + i]?.lower === '’s'),
      )
    )
      return false;
    if (opening && k > sentenceFirst && !CLAUSE_OPENING.test(tokens[k - 1]!.lower)) return false;
    const after = k + words.length;
    if (next && !next.test(after > sentenceLast ? '' : (tokens[after]?.lower ?? ''))) return false;
    return true;
  });
}

/**
 * "Calling it now, Sam is back at OpenAI by Thanksgiving", "Give it a week, Sam will be back there, mark
 * my words", "my money's on him returning as CEO": a speaker's forecast, not a fact the page states, whatever the
 * tense. "He was back by Tuesday, as I predicted" is told after the fact and has no marker here.
 */
export function speakerPrediction(reading: BlockReading, first: number, last: number): boolean {
  const { sentenceOf } = reading;
  const sentence = reading.sentences[sentenceOf[first]!]!;
  const from = Math.max(sentence.first, first - MARKER_REACH);
  const to = Math.min(sentence.last, last + MARKER_REACH);
  for (let k = from; k <= to; k++) if (markerAt(reading, k, sentence.first, sentence.last)) return true;
  return false;
}
