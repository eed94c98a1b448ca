import type { BlockReading } from './readReferences.ts';

/**
 * Spans do not nest: "Microsoft said it was hiring him, to lead a freshly created AI research lab with
 * Brockman" states the hire and the new unit, each its own claim, and the hire's mark must not run over
 * the unit's. A match that holds another claim's match after a clause mark (a comma, a semicolon, a dash)
 * ends before that mark. A demand's span keeps the terms it holds ("resign, Sam comes back, or we go").
 */

/** Marks after which a clause of its own may follow the act (", to lead…", "; …", "— …"). */
const CLAUSE_MARKS = /^[,;—–]$/;

export function endBeforeNested(
  reading: BlockReading,
  matches: Array<{ first: number; last: number; claimId: string; demand?: boolean }>,
): void {
  for (const outer of matches) {
    if (outer.demand) continue;
    for (const inner of matches) {
      if (inner.claimId === outer.claimId || inner.first <= outer.first || inner.last > outer.last) continue;
      // The last clause mark between the outer match's start and the inner one's.
      let mark = -1;
      for (let k = inner.first - 1; k > outer.first; k--)
        if (CLAUSE_MARKS.test(reading.tokens[k]!.text)) {
          mark = k;
          break;
        }
      if (mark < 0) continue;
      let last = mark - 1;
      while (last > outer.first && !reading.tokens[last]!.isWord) last--;
      outer.last = last;
    }
  }
}
