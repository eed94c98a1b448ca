import type { BlockReading } from './readReferences.ts';

/** Post words that are also furniture: "chair", "seat". */
const BARE_POSTS = new Set(['chair', 'chairs', 'seat', 'seats']);
/** Words that make a chair or seat a place on a board ("took the chair away from him, the board said"). */
const BOARD_WORDS = new Set([
  ...['board', 'boards', "board's", 'boardroom', 'directors', 'director', "directors'", 'trustees'],
  ...['chairman', 'chairwoman', 'chairmanship', 'chairperson', 'governance', 'nonprofit', 'non-profit'],
]);

/**
 * The post named from `first` to `last` is a bare "chair" or "seat" in a sentence that names no board:
 * furniture ("Brockman had the chair removed from his office", "the movers took his chair away"), not
 * his place at the head of the board ("the directors took the chair away from Greg Brockman").
 */
export function literalSeat(reading: BlockReading, first: number, last: number): boolean {
  const { tokens } = reading;
  if (first !== last || !BARE_POSTS.has(tokens[first]?.lower ?? '')) return false;
  const sentence = reading.sentences[reading.sentenceOf[first]!]!;
  for (let k = sentence.first; k <= sentence.last; k++) if (BOARD_WORDS.has(tokens[k]!.lower)) return false;
  return true;
}
