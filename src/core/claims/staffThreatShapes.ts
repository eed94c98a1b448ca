import type { BlockReading } from './readReferences.ts';
import { STORY_ORGANISATION } from '../page/pageRelevance.ts';
import type { Matcher } from '../match/compileMatcher.ts';

/**
 * Two shapes in which news copy tells the staff's threat without the word "threaten" and without a
 * condition on the board:
 * - the threat as a thing the staff made or signed: "signed a threat to walk out", "put their names to
 *   a threat to quit", "issued an ultimatum", "backed a collective threat to leave";
 * - the threat reported as their own words: "said they would walk out", "say they could follow",
 *   "told managers they'd quit", "insist they will resign".
 */

/**
 * The sentence before `at` names another company's staff and not the story's: "Staff at Anthropic say
 * they will quit", "Microsoft engineers said they would quit", "Google staff signed a threat to walk out"
 * are no threat of the story's staff (review23 #3). Staff with no company named are the story's.
 */
export function othersStaff(matcher: Matcher, reading: BlockReading, at: number): boolean {
  const { refAt, sentences, sentenceOf } = reading;
  let other = false;
  for (let k = sentences[sentenceOf[at]!]!.first; k < at; k++) {
    const ref = refAt[k];
    if (!ref || ref.first !== k || ref.conditional) continue;
    for (const id of ref.entities) {
      if (id === STORY_ORGANISATION) return false;
      if (matcher.entities.get(id)?.kind === 'organisation') other = true;
    }
  }
  return other;
}

/** The words that tie staff to their employer after the noun: "staff at Anthropic", "employees of Google". */
const EMPLOYER_AFTER = new Set(['at', 'of', 'from', 'in']);

/**
 * The staff noun at `head` is owned by a company other than the story's, named right with it: before
 * it ("Google employees", "Meta's workers", "Microsoft staff") or after it ("staff at Anthropic",
 * "employees of Google"). Another company elsewhere in the sentence ("after Microsoft hired Altman,
 * employees threatened to quit") says nothing of whose staff they are.
 */
export function staffOfOther(matcher: Matcher, reading: BlockReading, head: number): boolean {
  const { refAt, tokens } = reading;
  const possessive = /^['’]s?$/.test(tokens[head - 1]?.text ?? '');
  const before = refAt[possessive ? head - 2 : head - 1];
  const after = EMPLOYER_AFTER.has(tokens[head + 1]?.lower ?? '') ? refAt[head + 2] : undefined;
  const ref = before && before.last === (possessive ? head - 2 : head - 1) ? before : after;
  if (!ref || (ref === after && ref.first !== head + 2)) return false;
  // "its signers", "the company's staff": a pronoun or a description points back; only a name says whose.
  if (ref.description || ref.conditional || !/^\p{Lu}/u.test(tokens[ref.first]!.text)) return false;
  return ref.entities.every(
    (id) => id !== STORY_ORGANISATION && matcher.entities.get(id)?.kind === 'organisation',
  );
}

/** Verbs (every form) by which a party makes or joins a threat told as a noun. */
const MAKING_A_THREAT = new Set(
  [
    'sign',
    'issue',
    'make',
    'back',
    'join',
    'endorse',
    'deliver',
    'send',
    'pen',
    'draft',
    'co-sign',
    'cosign',
    'add',
  ]
    .flatMap((v) => {
      const stem = v.endsWith('e') ? v.slice(0, -1) : v;
      return [v, `${v}s`, `${stem}ed`, `${stem}ing`];
    })
    .concat(['made', 'sent', 'penned', 'issued', 'signed', 'backed', 'joined', 'added']),
);
/** Words that may stand between that verb and the noun ("signed a joint threat", "put their names to the collective ultimatum"). */
const BEFORE_THREAT_NOUN = new Set([
  'a',
  'an',
  'the',
  'their',
  'its',
  'joint',
  'collective',
  'open',
  'written',
  'mass',
  'public',
  'this',
  'that',
]);
/** How far back from the noun the making verb may be. */
const MAKING_REACH = 4;

/** Words that deny the making after them ("without signing", "refused to sign", "did not back"). */
const DENYING = /^(?:without|not|n't|never|refused|refuses|declined|declines|won't|wouldn't)$/;

/** A denial stands within the two words before `at`. */
function deniedBefore(reading: BlockReading, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) if (DENYING.test(reading.tokens[k]!.lower)) return true;
  return false;
}

/** The threat noun at `at` is one a party made or signed ("signed a threat", "put their names to a threat"). */
export function threatMadeOrSigned(matcher: Matcher, reading: BlockReading, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  if (othersStaff(matcher, reading, at)) return false;
  for (let k = at - 1; k >= Math.max(0, at - MAKING_REACH) && sentenceOf[k] === sentenceOf[at]; k--) {
    const word = tokens[k]!.lower;
    // "without signing a threat", "refused to sign the ultimatum": a threat not made.
    if (MAKING_A_THREAT.has(word)) return !deniedBefore(reading, k);
    // "put (their) names/signatures to a threat", "added their names to".
    if (word === 'to' && /^(?:names?|signatures?)$/.test(tokens[k - 1]?.lower ?? ''))
      return !deniedBefore(reading, k - 3);
    if (!BEFORE_THREAT_NOUN.has(word)) return false;
  }
  return false;
}

/** Verbs of saying before the staff's "they would…" ("said", "say", "told managers", "insist"). */
const SAYING =
  /^(?:say|says|said|saying|tell|tells|told|telling|warn|warns|warned|warning|insist|insists|insisted|insisting|declare|declares|declared|claim|claims|claimed|signal|signals|signalled|signaled|indicate|indicates|indicated|vow|vows|vowed|vowing)$/;
/** Modals of a threat told in its speakers' words. */
const THREAT_MODALS = /^(?:would|could|will|might|'d|'ll|may)$/;
/** The goings too everyday to be a threat without a condition ("said they would leave early", "would head home"). */
const EVERYDAY_GOING =
  /^(?:leave|leaves|leaving|left|go|goes|going|went|head|heads|heading|headed|move|moves|moving|moved|take|takes|taking|took|join|joins|joining|joined|migrate|migrates|migrated|bounce|bounces|bounced)$/;
/** How many words (a listener: "told managers", "told the board") may stand between the saying and "they". */
const LISTENER_REACH = 3;

/**
 * The modal at `marker` is in a threat the staff said was theirs: a verb of saying, then "they"/"we",
 * then the modal, then a going that is no everyday errand (`threat` is the going's token).
 */
export function threatInOwnWords(
  matcher: Matcher,
  reading: BlockReading,
  marker: number,
  threat: number,
): boolean {
  const { tokens, sentenceOf } = reading;
  if (!THREAT_MODALS.test(tokens[marker]!.lower)) return false;
  if (othersStaff(matcher, reading, marker)) return false;
  if (EVERYDAY_GOING.test(tokens[threat]!.lower)) return false;
  // Following is going only after a person, or with the person left unsaid ("they could follow"), not
  // "will follow the news".
  if (/^(?:follow|follows|followed|trail|trails|trailed)$/.test(tokens[threat]!.lower)) {
    const next = threat + 1;
    const followed =
      !tokens[next]?.isWord ||
      sentenceOf[next] !== sentenceOf[threat] ||
      reading.refAt[next] !== undefined ||
      /^(?:him|them|suit|to)$/.test(tokens[next].lower);
    if (!followed) return false;
  }
  // A walk is a threat bare or out of the door ("would walk", "would walk out"), not "walk to work".
  if (/^walks?$/.test(tokens[threat]!.lower)) {
    const next = tokens[threat + 1];
    if (next?.isWord && !/^(?:out|off|away)$/.test(next.lower)) return false;
  }
  let pronoun = marker - 1;
  // "they all would", "they themselves would".
  if (/^(?:all|too|themselves|ourselves)$/.test(tokens[pronoun]?.lower ?? '')) pronoun--;
  if (!/^(?:they|we)$/.test(tokens[pronoun]?.lower ?? '')) return false;
  let k = pronoun - 1;
  if (tokens[k]?.lower === 'that') k--;
  for (let n = 0; k >= 0 && n <= LISTENER_REACH && sentenceOf[k] === sentenceOf[marker]; k--, n++) {
    if (SAYING.test(tokens[k]!.lower)) return true;
    if (!tokens[k]!.isWord) return false;
  }
  return false;
}
