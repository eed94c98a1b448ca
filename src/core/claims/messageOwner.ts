import { verbForms } from '../text/inflectVerb.ts';
import type { BlockReading } from './readReferences.ts';
import { TIME_PHRASE_REACH, timePhraseEnd } from './timePhrase.ts';

/*
 * "His Monday post on X expressed deep remorse", "Sutskever's statement apologised to staff": a
 * person's own message as the subject of an act of expression says what its author says, so the act
 * is the author's. The message must be his (a possessive right before it, a few modifiers between, a
 * time phrase after it: "his post that Monday"), and only verbs of expressing pass it on: a post does
 * not quit or join anything.
 */

/** Nouns for one person's own message. */
const MESSAGE_NOUNS = new Set([
  ...['post', 'tweet', 'statement', 'message', 'note', 'memo', 'thread', 'posting', 'update'],
  ...['reply', 'comment', 'comments', 'remarks', 'words', 'missive', 'email', 'e-mail', 'blog'],
]);
/** Verbs by which a message expresses something ("expressed", "voiced", "apologised", "admitted"). */
const EXPRESSING = new Set(
  [
    ...['express', 'voice', 'air', 'convey', 'offer', 'apologise', 'apologize', 'admit', 'concede'],
    ...['acknowledge', 'confess', 'say', 'signal', 'show', 'regret'],
    // "His post spoke of deep regret", "his statement wrote of remorse": VOICING's "speak of"/"write of".
    ...['speak', 'write', 'talk'],
  ].flatMap((lemma) => verbForms(lemma)),
);
/** Platforms after the noun ("post on X", "statement on social media"). */
const PLATFORM_TAILS = [
  ['on', 'x'],
  ['on', 'twitter'],
  ['on', 'linkedin'],
  ['on', 'threads'],
  ['on', 'social', 'media'],
];
/** How many modifiers may stand between the possessive and the noun ("his short public Monday post"). */
const MODIFIER_REACH = 3;
const POSSESSIVE_MARK = /^['’]s?$/;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);

/** The author of a message that ends at `before` (its noun, or a platform after it), when `verb` expresses. */
export function messageOwner(
  reading: BlockReading,
  before: number,
  verb: string,
): { first: number; entities: string[] } | undefined {
  const { tokens, refAt, sentenceOf } = reading;
  if (!EXPRESSING.has(verb)) return undefined;
  let noun = before;
  // "His X post that Monday spoke of…", "his statement this morning": a time phrase after the noun.
  for (let start = before; start > before - TIME_PHRASE_REACH; start--) {
    if (timePhraseEnd(reading, start) === before && MESSAGE_NOUNS.has(tokens[start - 1]?.lower ?? '')) {
      noun = start - 1;
      break;
    }
  }
  for (const tail of PLATFORM_TAILS) {
    const start = before - tail.length + 1;
    if (tail.every((word, n) => tokens[start + n]?.lower === word)) noun = start - 1;
  }
  if (!MESSAGE_NOUNS.has(tokens[noun]?.lower ?? '')) return undefined;
  for (let k = noun - 1; k >= noun - 1 - MODIFIER_REACH && sentenceOf[k] === sentenceOf[noun]; k--) {
    const token = tokens[k]!;
    const ref = refAt[k];
    // "Sutskever's post": the name, then the possessive mark.
    if (POSSESSIVE_MARK.test(token.text) && refAt[k - 1]) return person(reading, refAt[k - 1]!);
    if (ref && POSSESSIVE_PRONOUNS.has(token.lower)) return person(reading, ref);
    if (ref || !/^\p{L}+$/u.test(token.text)) return undefined;
  }
  return undefined;
}

function person(reading: BlockReading, ref: { first: number; entities: string[] }) {
  return ref.entities.some((id) => reading.people.has(id))
    ? { first: ref.first, entities: ref.entities }
    : undefined;
}
