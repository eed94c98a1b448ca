/*
 * Whose monthly audience a figure is: the product or company named nearest before it in its own
 * sentence ("ChatGPT now has 800m MAUs", "ChatGPT's monthly audience has swollen to 800 million",
 * "ChatGPT: 800m MAU"). A topic about one product's users takes no figure another product or company
 * owns there, whatever product the sentence names after it or the sentence before named.
 */
import type { NameHit } from '../match/findNames.ts';

/** "Claude's monthly audience", "Copilot’s MAUs": an owner the dataset does not know, right before the audience word. */
const UNKNOWN_POSSESSOR_BEFORE =
  /\b(\p{Lu}[\p{L}\p{N}]*)['’]s\s+(?:(?:monthly|active|global|total)\s+){0,2}(?:audience|user\s*base|users|actives|uniques|reach|MAUs?)\b[^.;!?]*$/u;

/** The audience figure belongs to an owner that is none of the topic's entities. */
export function audienceOfOther(
  before: string,
  figureStart: number,
  sentenceNames: readonly NameHit[],
  kindOf: (entityId: string) => string | undefined,
  topicEntities: readonly string[],
): boolean {
  const owner = sentenceNames
    .filter((n) => n.end <= figureStart && ['product', 'organisation'].includes(kindOf(n.entityId) ?? ''))
    .at(-1);
  if (owner && !topicEntities.includes(owner.entityId)) return true;
  // A possessor the dataset does not know, after the topic's own name (or with none before it).
  const tail = owner ? before.slice(before.length - (figureStart - owner.end)) : before;
  const possessor = UNKNOWN_POSSESSOR_BEFORE.exec(tail)?.[1];
  return possessor !== undefined && !/^(?:Its|Their|The|Monthly)$/.test(possessor);
}
