import type { Matcher } from '../match/compileMatcher.ts';
import type { Token } from '../text/tokenize.ts';
import type { Reference } from './readReferences.ts';
import { strangerNameAt } from './strangerName.ts';

/*
 * "Greg Brockman was removed as chairman… the ousted executive was back", "Twitter's board pushed out Jack
 * Dorsey… the man the board had thrown out returned", "Steve Jobs was forced out of Apple… the founder who
 * was forced out": a person told by their removal is the one the nearest sentence telling of a removal
 * names, not whoever the dataset says was removed. removedPerson.ts names the dataset's one; this says
 * whom the text before means, so the dataset's one stands only when it is them or nobody is named.
 */

/** A sentence that tells of someone's removal, in any tense: "was fired", "pushes out", "forced out of". */
const REMOVAL_TOLD = new RegExp(
  String.raw`\b(?:fire[sd]?|firing|oust(?:s|ed|ing)?|sack(?:s|ed|ing)?|remov(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|` +
    String.raw`depose[sd]?|axe[sd]?|topple[sd]?|unseat(?:s|ed)?|dump(?:s|ed)?|ditch(?:es|ed)?|` +
    String.raw`(?:forc(?:e|es|ed|ing)|push(?:es|ed|ing)?|throw(?:s|n|ing)?|threw|kick(?:s|ed|ing)?|vot(?:e|es|ed|ing)|` +
    String.raw`boot(?:s|ed|ing)?|eas(?:e|es|ed|ing)|turf(?:s|ed)?|drumm?(?:s|ed)?|hound(?:s|ed)?)\s+(?:\p{L}+\s+)?out|` +
    String.raw`sent\s+packing|shown\s+the\s+door|showed\s+(?:\p{L}+\s+)?the\s+door)\b`,
  'iu',
);

/** Someone the dataset does not know, named in a removal sentence ("Jack Dorsey", "Steve Jobs"). */
export const STRANGER = '?';

/**
 * Whom the removal sentence ending at `beforeToken` (exclusive) names, reading back from sentence `from`:
 * the people of the nearest sentence that tells of a removal and names someone (a dataset id each, or
 * STRANGER for a name the dataset does not know), or undefined when no such sentence is there.
 */
export function removedNamedBefore(
  matcher: Matcher,
  text: string,
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  sentences: ReadonlyArray<{ first: number; last: number }>,
  from: number,
  beforeToken: number,
): string[] | undefined {
  for (let s = from; s >= 0; s--) {
    const sentence = sentences[s];
    if (!sentence) continue;
    const last = Math.min(sentence.last, beforeToken - 1);
    if (last < sentence.first) continue;
    const start = tokens[sentence.first]!.start;
    const end = tokens[last]!.end;
    const words = text.slice(start, end);
    if (!REMOVAL_TOLD.test(words)) continue;
    const people = new Set<string>();
    const known: Array<{ start: number; end: number }> = [];
    for (let k = sentence.first; k <= last; k++) {
      const ref = refAt[k];
      if (!ref || ref.first !== k) continue;
      known.push({ start: tokens[ref.first]!.start - start, end: tokens[ref.last]!.end - start });
      if (ref.conditional) continue;
      for (const id of ref.entities) if (matcher.entities.get(id)?.kind === 'person') people.add(id);
    }
    if (strangerNameAt(words, known) >= 0) people.add(STRANGER);
    if (people.size) return [...people];
  }
  return undefined;
}
