import type { Token } from '../text/tokenize.ts';
import type { Reference } from './readReferences.ts';

/**
 * "it installed Emmett Shear, once of Twitch, as its interim chief", "Microsoft, OpenAI's biggest
 * backer, said its shares rose": a name inside an apposition set off by commas after another reference
 * is a side remark about that reference. A later "its" does not reach into it: the organisation it
 * means is the one the clause itself is about.
 */

/** How many tokens an apposition may hold on each side of the name. */
const APPOSITION_REACH = 6;
/** Words that make the stretch a clause of its own, not an apposition. */
const CLAUSE_WORDS =
  /^(?:is|was|are|were|has|had|have|said|says|will|would|could|did|does|and|but|who|which|that|when|after)$/;

/** Whether the reference `ref` lies inside an apposition that follows another reference. */
export function insideApposition(
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  sentenceOf: number[],
  ref: Reference,
): boolean {
  const s = sentenceOf[ref.first];
  let open = -1;
  for (let k = ref.first - 1; k >= Math.max(0, ref.first - APPOSITION_REACH); k--) {
    const token = tokens[k]!;
    if (sentenceOf[k] !== s) return false;
    if (token.text === ',') {
      open = k;
      break;
    }
    if (refAt[k] || (!token.isWord && !/^['’]s$/.test(token.text)) || CLAUSE_WORDS.test(token.lower))
      return false;
  }
  const head = refAt[open - 1];
  if (open < 1 || !head || head.entities.some((id) => ref.entities.includes(id))) return false;
  for (let k = ref.last + 1; k <= ref.last + APPOSITION_REACH && sentenceOf[k] === s; k++) {
    const token = tokens[k]!;
    if (token.text === ',') return true;
    if (refAt[k] || (!token.isWord && !/^['’]s$/.test(token.text)) || CLAUSE_WORDS.test(token.lower))
      return false;
  }
  return false;
}
