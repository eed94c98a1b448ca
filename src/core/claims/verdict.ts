/**
 * What the dataset says of a claim as the page states it (DESIGN.md, the DOM contract):
 * - `agrees`: every report of the same period states the same fact or an overlapping figure;
 * - `differs`: a report of the same period states a different fact or a figure that does not overlap;
 * - `overturned`: later reporting reversed what the page states.
 */
export const VERDICTS = ['agrees', 'differs', 'overturned'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Where a reader should look: the badge counts these. */
export function isDisputed(verdict: Verdict): boolean {
  return verdict !== 'agrees';
}

/** The page-level verdict of a claim stated several times: the strongest of its instances. */
export function strongestVerdict(a: Verdict, b: Verdict): Verdict {
  return VERDICTS.indexOf(a) >= VERDICTS.indexOf(b) ? a : b;
}
