import type { Epithet } from './statementLexicon.ts';
import type { Reference } from './readReferences.ts';
import type { Token } from '../text/tokenize.ts';

/**
 * An epithet may start where nothing is read yet, or at another entity's name that lies wholly inside
 * it: "the Twitch co-founder", "the ChatGPT boss" name a person, not the site or the product. Not when
 * a capitalised word follows that is no reference to the same one: "Twitch founder Justin Kan" is
 * someone the dataset does not know.
 */
export function epithetMayStartAt(
  refAt: Array<Reference | undefined>,
  tokens: Token[],
  i: number,
  epithet: Epithet,
): boolean {
  const ref = refAt[i];
  if (!ref) return true;
  const end = i + epithet.words.length - 1;
  if (ref.first !== i || ref.last >= end || ref.description || ref.entities.includes(epithet.entityId))
    return false;
  const next = tokens[end + 1];
  if (!next || !/^\p{Lu}/u.test(next.text)) return true;
  return refAt[end + 1]?.entities[0] === epithet.entityId;
}
