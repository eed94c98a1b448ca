import type { Reference } from './readReferences.ts';

/*
 * "OpenAI went from firing its chief executive to formally putting him back in charge", "The board
 * fired the chief executive on Friday and rehired him on Wednesday": a pronoun whose sentence names
 * no one before it, but describes someone ("its chief executive") whom nothing near resolves, means
 * that description's person: it stands where a name would, and the page must name them as it must
 * for the description itself (a conditional reference, readReferences.ts).
 */

/**
 * The one person reference in [from, i), when it is an unresolved description whose people the
 * pronoun fits: two people referred to ("the company's chief scientist … its chief executive … he")
 * leave the pronoun to the usual subject reading.
 */
export function describedAntecedent(
  refAt: Array<Reference | undefined>,
  from: number,
  i: number,
  isPerson: (id: string) => boolean,
  fits: (id: string) => string | undefined,
): Reference | undefined {
  let found: Reference | undefined;
  for (let k = from; k < i; k++) {
    const ref = refAt[k];
    if (!ref || ref.first !== k || !ref.entities.some(isPerson)) continue;
    if (found || !ref.conditional || !ref.description || ref.alternatives) return undefined;
    found = ref;
  }
  return found?.entities.every((id) => fits(id)) ? found : undefined;
}
