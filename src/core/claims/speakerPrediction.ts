import type { BlockReading } from './readReferences.ts';

/**
 * Phrases by which a speaker stakes a forecast ("calling it now", "mark my words", "give it a week",
 * "you heard it here first", "my money's on"): what they forecast has not happened.
 * Each is a run of lower-case words, matched token by token.
 */
const PREDICTION_MARKERS: readonly (readonly string[])[] = [
  ['calling', 'it', 'now'],
  ['call', 'it', 'now'],
  ['mark', 'my', 'words'],
  ...['week', 'month', 'fortnight', 'day', 'few', 'couple'].map((span) => ['give', 'it', 'a', span]),
  ['give', 'it', 'till'],
  ['give', 'it', 'until'],
  ['i', 'predict'],
  ['my', 'prediction'],
  ['my', 'money', "'s", 'on'],
  ['my', "money's", 'on'],
  ['my', 'money', 'is', 'on'],
  ['heard', 'it', 'here', 'first'],
  ['screenshot', 'this'],
];
/** How far on either side of the act, in its sentence, the marker may stand. */
const MARKER_REACH = 16;

function markerAt(reading: BlockReading, k: number): boolean {
  const { tokens } = reading;
  return PREDICTION_MARKERS.some((words) =>
    words.every(
      (word, i) => tokens[k + i]?.lower === word || (word === "'s" && tokens[k + i]?.lower === '’s'),
    ),
  );
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
  for (let k = from; k <= to; k++) if (markerAt(reading, k)) return true;
  return false;
}
