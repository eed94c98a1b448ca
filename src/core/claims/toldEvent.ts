import type { NameHit } from '../match/findNames.ts';
import type { BlockReading, ReadingContext } from './readReferences.ts';
import type { StatementLexicon } from './statementLexicon.ts';
import { isReturnNoun, otherReturnBefore } from './storyReturn.ts';
import { strangerNameAt } from './strangerName.ts';

/**
 * "The formal reinstatement followed on November 29", "On Nov. 29 the return became official", "The
 * hiring was confirmed on Monday": a bare definite noun for an act, with no one's name on it, as its
 * clause's subject, points back to the act the page has been telling. It is the act of the one it
 * concerns, named in an earlier sentence of the block or in the block before, where no one the dataset
 * does not know is named in between ("Acme rehired its founder John Smith. The return was hailed" is
 * John Smith's). The noun's frame is one claim's act, so only that claim's subject can be meant. The
 * subject of a time clause is one too ("after the reinstatement was announced", "when the return deal
 * was signed"): the clause tells the act as done, and is marked whole.
 */

/** Determiners that point back to what was told ("the return", "this hire", "that ouster"). */
const DEFINITE = new Set(['the', 'this', 'that']);
/** Verbs after the noun that make it its clause's subject ("the return became official"). */
const SUBJECT_VERBS = new Set([
  ...['was', 'is', 'had', 'has', 'came', 'comes', 'went', 'took', 'takes', 'lasted', 'made'],
  ...['became', 'becomes', 'followed', 'follows', 'happened', 'arrived', 'proved', 'stuck', 'held'],
]);
/**
 * Words after the verb that leave the act in doubt or undone ("was never likely", "is not yet final", "was
 * in doubt"), or in talks ("was being negotiated", "was first floated").
 */
const IN_DOUBT =
  /^(?:not|never|n't|no|unlikely|likely|possible|uncertain|doubtful|expected|planned|mooted|rumou?red|off|yet|far|hoped|sought|delayed|blocked|scrapped|ruled|cancell?ed|doubt|question|being|negotiated|discussed|proposed|floated|considered|debated)$/;
/** Words a short fronted time phrase is made of ("On Nov. 29", "Days later,", "By the next Wednesday"). */
const FRONTED_TIME =
  /^(?:on|by|in|at|within|after|later|then|finally|eventually|days?|hours?|weeks?|a|the|next|following|same|late|early|that|week|night|evening|morning|afternoon|weekend)$/;
/** Words a fronted time phrase opens with. */
const FRONTED_OPENERS = /^(?:on|by|in|at|within|after|later|then|finally|eventually|days|hours|weeks)$/;
/** How many sentences back a noun one claim alone has may point (readWindows reads four before a cue). */
const TOLD_REACH = 3;
/** How many tokens a fronted time phrase may take. */
const FRONTED_REACH = 6;
/**
 * Conjunctions of a time clause whose subject the noun is ("when the return was announced", "after the
 * reinstatement became formal"): the clause tells the act as done. "Before" and "until" do not ("before
 * the return was agreed, Shear…" may tell of a time it had not happened), nor "if" or "unless".
 */
const TIME_CONJUNCTIONS = /^(?:when|after|once|since|whenever)$/;
/** Nouns that the act noun may modify and still be the act ("when the return deal was announced"). */
const ACT_DEALS = /^(?:deal|agreement|accord|pact)$/;

/** The `n` words before `at`, lower case, joined by spaces. */
function wordsBefore(reading: BlockReading, at: number, n: number): string {
  return reading.tokens
    .slice(Math.max(0, at - n), at)
    .map((t) => t.lower)
    .join(' ');
}

/** Nouns of a time that a clause may follow with no conjunction ("the morning the return was announced"). */
const TIME_HEADS = /^(?:day|night|morning|evening|afternoon|week|weekend|moment|hour|minute)$/;

/**
 * The determiner at `det` follows a time clause's conjunction ("when the return…", "as soon as the…"),
 * or a time that the clause defines ("the morning the return was announced", "the day the comeback…").
 */
function opensTimeClause(reading: BlockReading, det: number): boolean {
  const before = reading.tokens[det - 1]?.lower ?? '';
  return (
    TIME_CONJUNCTIONS.test(before) ||
    wordsBefore(reading, det, 3) === 'as soon as' ||
    (TIME_HEADS.test(before) && DEFINITE.has(reading.tokens[det - 2]?.lower ?? ''))
  );
}

/** Conjunctions that open a second clause after a comma or semicolon ("…, and the reinstatement became formal"). */
const CLAUSE_CONJUNCTIONS = /^(?:and|but|yet|so)$/;

/** The word at `at` opens a clause coordinated after a comma or semicolon ("…, and the reinstatement…"). */
function opensCoordinatedClause(reading: BlockReading, at: number): boolean {
  return (
    CLAUSE_CONJUNCTIONS.test(reading.tokens[at - 1]?.lower ?? '') &&
    /^[,;]$/.test(reading.tokens[at - 2]?.text ?? '')
  );
}

/** Words that end the predicate of a time clause's act ("was made formal", "was announced", "had been completed"). */
const DONE_WORD = /^(?:formal|official|final|complete|done|\p{Ll}+ed)$/u;
/** Words that tell an act completed ("the reinstatement was sealed", "the return became official"). */
const COMPLETED =
  /^(?:formal|official|final|complete|completed|done|sealed|finali[sz]ed|formali[sz]ed|confirmed|effective)$/;

/** "The reinstatement was sealed on 29 November", "the return became formal": the noun's verb completes it. */
function completedAfter(reading: BlockReading, head: number): boolean {
  if (!SUBJECT_VERBS.has(reading.tokens[head + 1]?.lower ?? '')) return false;
  let k = head + 2;
  while (k <= head + 4 && PREDICATE_LINKS.has(reading.tokens[k]?.lower ?? '')) k++;
  return COMPLETED.test(reading.tokens[k]?.lower ?? '');
}
/** Words that may stand between the act's verb and the word it ends on ("had been made official"). */
const PREDICATE_LINKS = new Set(['been', 'made', 'formally', 'officially', 'finally']);

/**
 * "when the return was made formal": where the time clause's predicate ends, so the mark is the clause
 * that tells the act, or `head` where it ends on no such word.
 */
function predicateEnd(reading: BlockReading, head: number): number {
  let k = head + 2;
  while (k <= head + 4 && PREDICATE_LINKS.has(reading.tokens[k]?.lower ?? '')) k++;
  if (SUBJECT_VERBS.has(reading.tokens[head + 1]!.lower) && DONE_WORD.test(reading.tokens[k]?.lower ?? ''))
    return k;
  return head;
}

/** The determiner at `det` opens its clause, or follows only a short time phrase that opens the sentence. */
function opensAfterTime(reading: BlockReading, det: number): boolean {
  const { tokens, sentences, sentenceOf } = reading;
  const start = sentences[sentenceOf[det]!]!.first;
  if (det === start) return true;
  const before = tokens[det - 1]!;
  if (!before.isWord && before.text !== '.') return true;
  if (opensTimeClause(reading, det)) return true;
  if (opensCoordinatedClause(reading, det)) return true;
  if (det - start > FRONTED_REACH) return false;
  if (!FRONTED_OPENERS.test(tokens[start]!.lower)) return false;
  for (let k = start; k < det; k++) {
    const token = tokens[k]!;
    // A month's name, a date's digits and the marks between them ("On Nov. 29,").
    const dated = /^\p{Lu}/u.test(token.text) || /^\d/.test(token.text) || /^[.,]$/.test(token.text);
    if (reading.refAt[k] || !(dated || FRONTED_TIME.test(token.lower))) return false;
  }
  return true;
}

/**
 * Words of an amount: "the return came in at 12%", "the return was about 40% a year", "$2bn". A bare
 * number is none ("followed on November 29", "came within 48 hours").
 */
const AMOUNT = /^(?:\d[\d.,]*%|%|\$|£|€|\$\d[\d.,]*|percent|cent|billion|million|trillion|bn)$/;
/** How far after the noun an amount makes it money, not an act ("The return was about 40% a year"). */
const AMOUNT_REACH = 5;

/**
 * "The return was never likely", "the hiring is not yet final": the noun's verb leaves the act in doubt,
 * not done. "The return came in at 12%", "the return was about 40% a year": an amount makes it money.
 */
export function inDoubtAfter(reading: BlockReading, end: number): boolean {
  for (let k = end + 2; k <= end + 4; k++) if (IN_DOUBT.test(reading.tokens[k]?.lower ?? '')) return true;
  const sentence = reading.sentences[reading.sentenceOf[end]!]!;
  for (let k = end + 1; k <= Math.min(sentence.last, end + AMOUNT_REACH); k++)
    if (AMOUNT.test(reading.tokens[k]!.lower)) return true;
  return false;
}

/**
 * The one the bare act noun from `at` to `end` points back to (the claim's subject the page told of,
 * as `concerns` says), with the token its mark opens at (the determiner), or undefined.
 */
export function toldEvent(
  reading: BlockReading,
  at: number,
  end: number,
  context: ReadingContext | undefined,
  concerns: (entities: string[]) => boolean,
  isAdjective: (word: string) => boolean,
  /** The noun names one claim's act alone ("reinstatement"), not several claims' ("hiring": Altman's, Shear's). */
  oneClaimOnly: boolean,
  /** The claim's one subject: whose a return noun with no antecedent is, on a page that names them. */
  storySubject?: string,
):
  | { first: number; last: number; entities: string[]; requires?: { named: string; unlessNamed: string[] } }
  | undefined {
  const { tokens, refAt, sentenceOf, sentences } = reading;
  const det = isAdjective(tokens[at - 1]?.lower ?? '') ? at - 2 : at - 1;
  if (!DEFINITE.has(tokens[det]?.lower ?? '') || !opensAfterTime(reading, det)) return undefined;
  // "the return deal was announced": the deal for the act heads the phrase, and is the act.
  const head = ACT_DEALS.test(tokens[end + 1]?.lower ?? '') ? end + 1 : end;
  if (!SUBJECT_VERBS.has(tokens[head + 1]?.lower ?? '')) return undefined;
  if (inDoubtAfter(reading, head)) return undefined;
  // A time clause is marked whole ("after the reinstatement was announced"): its verb tells it done.
  const last = opensTimeClause(reading, det) ? predicateEnd(reading, head) : head;
  // Not past someone the dataset does not know, named before the noun in this block.
  const names = refAt.flatMap((ref, k) =>
    ref?.first === k ? [{ start: tokens[k]!.start, end: tokens[ref.last]!.end } as NameHit] : [],
  );
  const before = (position: number) => position >= 0 && position < tokens[det]!.start;
  if (before(strangerNameAt(reading.text, names))) return storyReturn();
  // The nearest sentence before that names the one it concerns, in this block; past the sentence right
  // before only for a noun one claim alone has ("Microsoft grew fast. The hiring…" may be anyone's), and
  // then only a few back: the act the page has just been telling, as a window of a long block reads it.
  // The sentence's own words before the noun count ("a deal put Altman back, and the reinstatement…").
  const reach = Math.max(0, sentenceOf[at]! - (oneClaimOnly ? TOLD_REACH : 1));
  for (let s = sentenceOf[at]!; s >= reach; s--) {
    const to = s === sentenceOf[at] ? det - 1 : sentences[s]!.last;
    for (let k = sentences[s]!.first; k <= to; k++) {
      const ref = refAt[k];
      if (ref?.first === k && !ref.conditional && concerns(ref.entities))
        return { first: det, last, entities: ref.entities };
    }
  }
  if (!oneClaimOnly) return undefined;
  // Else the block before, when it is where the block starts reading.
  const told = [...(context?.entities ?? [])].filter((id) => concerns([id]));
  if (reading.startsBlock && told.length === 1) return { first: det, last, entities: told };
  return storyReturn();

  // Else a return told as done is the story's one return, on a page that names who returned (storyReturn.ts):
  // as a time clause's subject ("when the return was announced"), or as the subject of its own completion
  // ("the reinstatement was completed on 29 November"), not of what others made of it ("was greeted with relief").
  // A place ("premarket trading in New York") is no one else's return; a person the dataset does not know may be.
  function storyReturn() {
    const done = last > head || completedAfter(reading, head);
    if (!storySubject || !done || !oneClaimOnly || !isReturnNoun(reading, at, end)) return undefined;
    if (before(strangerNameAt(reading.text, names, true))) return undefined;
    if (otherReturnBefore(reading, det, context, concerns)) return undefined;
    return { first: det, last, entities: [storySubject], requires: { named: storySubject, unlessNamed: [] } };
  }
}

const claimsByNoun = new WeakMap<StatementLexicon, Map<string, number>>();

/** How many claims have a noun trigger of these words ("reinstatement": one; "hiring": two). */
export function claimsOfNoun(lexicon: StatementLexicon, words: readonly string[]): number {
  let counts = claimsByNoun.get(lexicon);
  if (!counts) {
    const claims = new Map<string, Set<string>>();
    for (const triggers of lexicon.byFirstWord.values())
      for (const t of triggers) {
        if (t.kind !== 'noun') continue;
        const key = t.words.join(' ');
        claims.set(key, (claims.get(key) ?? new Set()).add(t.claimId));
      }
    counts = new Map([...claims].map(([key, ids]) => [key, ids.size]));
    claimsByNoun.set(lexicon, counts);
  }
  return counts.get(words.join(' ')) ?? 0;
}
