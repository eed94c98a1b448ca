import type { Token } from '../text/tokenize.ts';
import type { Reference } from './readReferences.ts';
import { subjectStart } from './openingConnective.ts';

/*
 * "OpenAI fired Altman on Friday. The board said he had lied. It then hired Shear.": a sentence-opening
 * "it" continues the subject of the sentence before, and when that subject is something the dataset does
 * not name ("the board", "the panel", "OpenAI's board"), "it" is that thing, not the organisation named
 * further back. Only a subject "it" that opens its sentence is judged so; elsewhere "it" keeps its reading.
 */

/** Words a noun-phrase subject opens with. */
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);

/** Nouns for a company: "The company said… It…" continues the organisation, as a name would. */
const COMPANY_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'start-up',
  'startup',
  'lab',
  'business',
  'organisation',
  'organization',
]);

/**
 * Whether "it" at `i` opens its sentence and the sentence before opens with a subject that is no named
 * organisation: a noun phrase whose first noun names nobody, or a name's possession ("OpenAI's board").
 */
export function itFollowsOtherSubject(
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  sentences: Array<{ first: number; last: number }>,
  sentenceOf: number[],
  i: number,
): boolean {
  const s = sentenceOf[i]!;
  if (s === 0 || sentences[s]!.first !== i) return false;
  const first = subjectStart(tokens, sentences[s - 1]!.first, sentences[s - 1]!.last);
  const opener = tokens[first];
  if (!opener) return false;
  const ref = refAt[first];
  if (ref) return /^['’]s$/.test(tokens[ref.last + 1]?.lower ?? '') && !refAt[ref.last + 2];
  const noun = tokens[first + 1];
  return (
    NOUN_PHRASE_OPENERS.has(opener.lower) &&
    !refAt[first + 1] &&
    !!noun?.isWord &&
    !COMPANY_NOUNS.has(noun.lower)
  );
}
