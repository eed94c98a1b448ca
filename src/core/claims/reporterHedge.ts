import type { BlockReading } from './readReferences.ts';

/*
 * The reporter's own guess at what staff will do is no threat of theirs: "a large share of his old one
 * may be about to follow him there", "many could soon follow", "more may well leave", "others might yet
 * join him". A modal of possibility with a word of imminence or likelihood is the writer's forecast.
 * The staff's own word stays a threat: "they say they could soon follow", "warned they may be about to
 * leave" (a verb of saying or warning before it in the sentence), and so does a condition ("could soon
 * follow unless the board resigns"). Said after it, the saying is the staff's where the letter or its
 * signers are the ones saying: "could soon follow him to Microsoft, the letter warned", "…, according to
 * the letter"; "many could soon follow, analysts said" stays the analysts' forecast.
 */

const POSSIBILITY = new Set(['may', 'might', 'could']);
/** Words of imminence or likelihood after the modal: "may soon", "could well", "might yet", "may be about to". */
const HEDGES = new Set(['soon', 'well', 'yet', 'eventually', 'shortly', 'easily', 'quickly']);
/** Verbs of saying that make the modal the staff's own ("they say they could soon follow"). */
const SAYING =
  /^(?:say|says|said|saying|warn|warns|warned|warning|tell|tells|told|telling|write|writes|wrote|threaten\w*|signal\w*|indicat\w*|vow\w*|pledg\w*|insist\w*|declar\w*|announc\w*)$/;
const CONDITION = new Set(['unless', 'if', 'otherwise']);
/** The letter or its signers as the voice of a saying put after the modal. */
const LETTER_VOICE = new Set(['letter', 'petition', 'signatories', 'signatory', 'signers', 'signees']);

/** The piece from `first` to `last` opens with the reporter's hedged forecast, not a threat. */
export function reporterHedge(reading: BlockReading, first: number, last: number): boolean {
  const { tokens } = reading;
  if (!POSSIBILITY.has(tokens[first]?.lower ?? '')) return false;
  const next = tokens[first + 1]?.lower ?? '';
  const aboutTo = next === 'be' && tokens[first + 2]?.lower === 'about' && tokens[first + 3]?.lower === 'to';
  if (!aboutTo && !HEDGES.has(next)) return false;
  const sentence = reading.sentences[reading.sentenceOf[first]!]!;
  for (let k = sentence.first; k < first; k++) if (SAYING.test(tokens[k]!.lower)) return false;
  let saidAfter = false;
  let letter = false;
  for (let k = first + 1; k <= sentence.last; k++) {
    const word = tokens[k]!.lower;
    if (SAYING.test(word) || (word === 'according' && tokens[k + 1]?.lower === 'to')) saidAfter = true;
    if (LETTER_VOICE.has(word)) letter = true;
  }
  if (saidAfter && letter) return false;
  for (let k = sentence.first; k <= sentence.last; k++) if (CONDITION.has(tokens[k]!.lower)) return false;
  return last >= first;
}
