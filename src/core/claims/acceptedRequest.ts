import type { BlockReading } from './readReferences.ts';

/**
 * "agreed to the directors' request to step in as interim CEO", "accepted an invitation from the board
 * to serve as", "answered the board's call to lead", "heeded their plea to take over": the one who
 * accepts a request does what was asked, so the infinitive after the request is the accepter's act, and
 * its verb group reaches back over the request to the verb of accepting. A request declined, refused or
 * turned down has no such verb: its infinitive stays without a subject, and states nothing.
 */

/** Nouns for what one party asks of another, followed by the infinitive asked for. */
const REQUESTS = new Set([
  ...['request', 'invitation', 'invite', 'call', 'offer', 'plea', 'appeal', 'entreaty', 'entreaties'],
  ...['overture', 'overtures', 'proposal', 'urging', 'requests', 'invitations', 'calls', 'offers', 'pleas'],
]);

/** Verbs of accepting, as the words that end them ("agreed to", "said yes to", "took up"). */
const ACCEPTING = [
  ...['accepted', 'accepts', 'accept', 'accepting', 'answered', 'answers', 'answering', 'heeded'],
  ...['heeds', 'heeding', 'agreed to', 'agrees to', 'acceded to', 'accedes to', 'consented to'],
  ...['assented to', 'responded to', 'bowed to', 'yielded to', 'gave in to', 'caved to', 'took up'],
  ...['takes up', 'taking up', 'said yes to', 'says yes to', 'embraced', 'welcomed'],
].map((phrase) => phrase.split(' '));

/** How many words may stand between the verb of accepting and the request ("the board's urgent"). */
const REQUEST_OWNER_REACH = 6;
/** How many words "from …" may take between the request and its "to" ("from the remaining directors"). */
const FROM_REACH = 5;

/** Words that end a noun phrase before the request or its "from" part: the phrase is no longer one. */
const PHRASE_BREAK = /^(?:[,;:—–()[\].!?]|and|but|or|that|which|who|to)$/;

/** The verb of accepting that ends at `last`, if one does: where it begins. */
function acceptingEndingAt(reading: BlockReading, last: number): number | undefined {
  const { tokens } = reading;
  for (const words of ACCEPTING) {
    const first = last - words.length + 1;
    if (first >= 0 && words.every((w, i) => tokens[first + i]?.lower === w)) return first;
  }
  return undefined;
}

/**
 * Token `to` is the "to" of an infinitive after a request that the clause says was accepted: the
 * first word of the verb of accepting, or undefined.
 */
export function acceptedRequestStart(reading: BlockReading, to: number): number | undefined {
  const { tokens, sentenceOf } = reading;
  if (tokens[to]?.lower !== 'to') return undefined;
  let noun = to - 1;
  // "an invitation from the board to serve": the request's source between it and the infinitive.
  for (let k = to - 1; k >= Math.max(0, to - FROM_REACH - 1); k--) {
    if (REQUESTS.has(tokens[k]!.lower)) {
      noun = k;
      break;
    }
    if (PHRASE_BREAK.test(tokens[k]!.lower)) return undefined;
  }
  if (!REQUESTS.has(tokens[noun]?.lower ?? '')) return undefined;
  if (noun < to - 1 && tokens[noun + 1]?.lower !== 'from') return undefined;
  for (let k = noun - 1; k >= Math.max(0, noun - REQUEST_OWNER_REACH - 1); k--) {
    if (sentenceOf[k] !== sentenceOf[to]) return undefined;
    const start = acceptingEndingAt(reading, k);
    if (start !== undefined) return start;
    if (PHRASE_BREAK.test(tokens[k]!.lower)) return undefined;
  }
  return undefined;
}
