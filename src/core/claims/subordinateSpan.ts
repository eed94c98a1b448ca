import type { BlockReading } from './readReferences.ts';

/** Words that open a relative or content clause ("a board that said…", "a man who…", "said that…"). */
const SUBORDINATORS = new Set(['that', 'who', 'whom', 'which', 'whose']);

/**
 * "Fired by a board that said he had not been candid, hired by Microsoft …": a relative or content
 * clause inside an item of a subjectless list has a subject of its own ("he"), which is no subject
 * of the list. Given a token `k`, where it opens such a clause after a word of the item: the index
 * where the clause ends (the next comma, or `to`), so a reader can step over it; else undefined.
 */
export function subordinateEnd(reading: BlockReading, k: number, to: number): number | undefined {
  const { tokens } = reading;
  if (!SUBORDINATORS.has(tokens[k]?.lower ?? '')) return undefined;
  // After a word of the item ("board that", "said that"), or a comma before a wh-relative
  // ("Microsoft, whose chief said…"); not at the item's start.
  const after = tokens[k - 1]?.text ?? '';
  if (
    !/^\p{L}/u.test(after) &&
    !(after === ',' && tokens[k]!.lower !== 'that' && /^\p{L}/u.test(tokens[k - 2]?.text ?? ''))
  )
    return undefined;
  let end = k + 1;
  while (end < to && tokens[end]!.text !== ',') end++;
  return end;
}
