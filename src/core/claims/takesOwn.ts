import type { BlockReading, Reference } from './readReferences.ts';

/** A subject pronoun and the possessive that, in its own clause, means the same person ("he … his"). */
const SAME_PERSON: Record<string, string> = { he: 'his', she: 'her', they: 'their' };

/**
 * The one who takes a post or a seat is its owner: "Brockman took his seat on the board", "Greg Brockman
 * pulled his chair up to the table", "He took his board seat in 2017". Taking one's own seat is sitting
 * down or joining, not having it taken: only someone else ("the board took his seat") takes it from him.
 */
export function takesOwn(
  reading: BlockReading,
  doer: { first: number; entities: string[] } | undefined,
  owner: Reference,
): boolean {
  if (!doer) return false;
  if (doer.entities.some((id) => owner.entities.includes(id))) return true;
  const subject = reading.tokens[doer.first]?.lower ?? '';
  return SAME_PERSON[subject] !== undefined && SAME_PERSON[subject] === reading.tokens[owner.first]?.lower;
}
