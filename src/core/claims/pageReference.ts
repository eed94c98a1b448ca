/**
 * A pronoun several blocks from any name ("DANA: Which brings us to Tuesday night." | "RAVI: Right.
 * He gets the CEO job back."): it may mean the last person named further up or the person the page is
 * about. Where the two differ and both fit the pronoun, the reference holds both, and a claim's act
 * decides: the one of them the claim is about, if exactly one is (requirementOf in detectStatements.ts).
 */
export function pageAlternatives(
  candidates: readonly string[] | undefined,
  fits: (id: string) => string | undefined,
): string[] | undefined {
  if (!candidates) return undefined;
  const fitting = [...new Set(candidates.filter((id) => fits(id)))];
  return fitting.length >= 2 ? fitting : undefined;
}

/**
 * Whom a claim's act makes an alternatives reference mean: the one of them the claim is about, where
 * none of the others takes part in it either ("He joined Microsoft" after Brockman and Altman: both
 * went, so nobody); else nobody (null).
 */
export function alternativeFor(
  alternatives: readonly string[],
  subject: readonly string[],
  involved: readonly string[],
): string | null {
  const fitting = alternatives.filter((id) => subject.includes(id));
  if (fitting.length !== 1) return null;
  return alternatives.some((id) => id !== fitting[0] && involved.includes(id)) ? null : fitting[0]!;
}
