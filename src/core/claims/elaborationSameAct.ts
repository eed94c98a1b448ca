import type { BlockReading } from './readReferences.ts';

/** The marks that open an elaboration of the clause before them. */
const ELABORATION_MARKS = /^[:—–]$/;
/** Marks that end a clause outright: past one, what follows is another statement. */
const CLAUSE_ENDS = /^[;.!?]$/;

/**
 * "posted an apology: he deeply regrets taking part", "he was done: he quit the company", "quit in
 * protest — though his departure proved brief": one colon or dash between two wordings of the same
 * fact, nothing else that ends a clause, and the second says again what the first said. One instance:
 * the first mark widens to the second instead of a second mark.
 */
export function elaborationBetween(reading: BlockReading, from: number, to: number): boolean {
  let marks = 0;
  for (let k = from + 1; k < to; k++) {
    const text = reading.tokens[k]!.text;
    if (CLAUSE_ENDS.test(text)) return false;
    if (ELABORATION_MARKS.test(text) && ++marks > 1) return false;
  }
  return marks === 1;
}
