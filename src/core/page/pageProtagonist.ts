import type { Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';

/**
 * The person a page is about so far: the one named in the most blocks, the page's first named
 * person counting one block extra (a title, a dek, a profile's name). A running state, one step
 * per block, so the page is never read again: "He gets the CEO job back" after two blocks of
 * questions means the page's protagonist as much as the last person named.
 */
export interface PageProtagonist {
  /** How many blocks name each person, the first-named person one more. */
  blocks: ReadonlyMap<string, number>;
  /** The person ahead of everyone else, where one is (a tie gives nobody). */
  top?: string;
}

/** A protagonist must lead by this many blocks: one mention is no page's subject. */
const LEAD_OVER_NEXT = 1;
const LEAST_BLOCKS = 2;

/** The protagonist after a block, given the one before it; the same object where the block names no one. */
export function protagonistAfter(
  matcher: Matcher,
  names: NameHit[],
  previous: PageProtagonist | undefined,
): PageProtagonist | undefined {
  const people = new Set<string>();
  for (const n of names) if (matcher.entities.get(n.entityId)?.kind === 'person') people.add(n.entityId);
  if (!people.size) return previous;
  const blocks = new Map(previous?.blocks);
  // The first person the page names (its title, its dek) counts once more.
  const first = !previous ? [...people][0] : undefined;
  for (const id of people) blocks.set(id, (blocks.get(id) ?? 0) + 1 + (id === first ? 1 : 0));
  let top: string | undefined;
  let best = 0;
  let second = 0;
  for (const [id, count] of blocks) {
    if (count > best) {
      second = best;
      best = count;
      top = id;
    } else if (count > second) second = count;
  }
  const leads = top !== undefined && best >= LEAST_BLOCKS && best - second >= LEAD_OVER_NEXT;
  return { blocks, ...(leads ? { top } : {}) };
}
