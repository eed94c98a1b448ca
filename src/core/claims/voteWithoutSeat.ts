import type { BlockReading } from './readReferences.ts';

/** Words for a vote. */
const VOTE = /^(?:vote|votes|voting|voter|ballot)$/;
/** A vote denied in one word. */
const VOTELESS = /^(?:vote-?less|non-?voting|non-?voter)$/;
/** Words that deny what follows them ("no vote", "without a vote", "cannot vote"). */
const DENIALS = new Set(['no', 'not', "n't", 'without', 'cannot', 'never', 'nor']);
/**
 * Words that give the place held while the vote is denied: an observer, a seat, a chair, sitting in or
 * watching, a say or a representative ("a seat but no vote", "will attend but not vote", "a say without a vote").
 */
const PRESENCE =
  /^(?:observers?|observ(?:e|es|ed|ing|er's|ership)|seats?|seated|chairs?|places?|spots?|slots?|roles?|positions?|posts?|status|capacity|attend(?:s|ed|ing)?|sits?|sitting|sat|watch(?:es|ed|ing)?|table|present|presence|member|membership|ringside|wall|say|voice|listen|meetings?|representatives?|delegates?)$/;

/**
 * "Microsoft held no vote on the board", "the investors had no vote": a vote denied says what someone
 * lacks, not the observer's seat it stands for in "a seat but no vote". A match that is only a denied
 * vote ("no vote on the board", "without a vote") holds where its sentence gives the place held.
 */
export function voteWithoutSeat(reading: BlockReading, first: number, last: number): boolean {
  const { tokens, sentences, sentenceOf } = reading;
  let vote = false;
  let denied = false;
  for (let k = first; k <= last; k++) {
    const word = tokens[k]!.lower;
    if (PRESENCE.test(word)) return false;
    if (VOTELESS.test(word)) vote = denied = true;
    if (VOTE.test(word)) vote = true;
    if (DENIALS.has(word)) denied = true;
  }
  if (!vote || !denied) return false;
  const sentence = sentences[sentenceOf[first]!]!;
  for (let k = sentence.first; k <= sentence.last; k++) if (PRESENCE.test(tokens[k]!.lower)) return false;
  return true;
}
