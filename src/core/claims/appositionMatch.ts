import type { BlockReading } from './readReferences.ts';

/*
 * "a non-voting seat — an observer — on the board", "a non-voting seat, an observer's role, on the
 * board", "the reins (the interim top job)": a second wording of one fact set off as an apposition
 * right after the first renames it. It is one claim instance, told once, however long the aside.
 */

/** Marks that open an apposition. */
const OPENERS = new Set(['—', '–', ',', '(', '-']);
/** What may stand between the mark and the renaming wording. */
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'his', 'their']);

/** The wording at `first` opens an apposition on the wording that ends at `last`. */
export function opensApposition(reading: BlockReading, last: number, first: number): boolean {
  const { tokens } = reading;
  if (!OPENERS.has(tokens[last + 1]?.text ?? '')) return false;
  if (first === last + 2) return true;
  return first === last + 3 && DETERMINERS.has(tokens[last + 2]!.lower);
}
