import type { BlockReading } from './readReferences.ts';

/**
 * Words that may follow "sorry" when it is the predicate of "be" ("he's sorry for…", "she's sorry
 * that…", "he's sorry the vote went ahead", "he's sorry now"): a complement, a clause or an adverb.
 */
const PREDICATE_FOLLOWERS = new Set([
  ...['for', 'about', 'that', 'to', 'if', 'not', 'now', 'again', 'too', 'indeed', 'though', 'enough'],
  ...['anyway', 'and', 'but', 'or', 'so', 'as', 'because', 'when', 'after', 'over', 'at', 'in', 'on'],
  ...['he', 'she', 'it', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'their', 'its'],
  ...['this', 'these', 'those', 'there', 'what', 'how', 'all', 'very', 'deeply', 'truly', 'said'],
]);

/**
 * "The board's sorry state", "Sutskever's sorry excuse for a vote", "a sorry tale": after the possessive
 * "'s", "sorry" before a noun is the adjective of pity or poor quality, not "is sorry". The act at `at`
 * ("'s") to `last` ("sorry") is that when a noun-like word follows: a lower-case word that opens no
 * complement or clause and is no adverb.
 */
export function attributiveSorry(reading: BlockReading, at: number, last: number): boolean {
  const { tokens } = reading;
  if (tokens[at]?.lower !== "'s" || tokens[last]?.lower !== 'sorry') return false;
  const next = tokens[last + 1];
  if (!next?.isWord || reading.refAt[last + 1] || reading.sentenceOf[last + 1] !== reading.sentenceOf[last])
    return false;
  const word = next.lower;
  return next.text === word && !PREDICATE_FOLLOWERS.has(word) && !/ly$/.test(word);
}
