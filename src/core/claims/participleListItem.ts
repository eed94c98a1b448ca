import { coordinatedRight, isAdverb, isClauseMark } from './readClause.ts';
import { SUBJECT_OPENERS, type BlockReading, type Reference } from './readReferences.ts';
import { isIrregularPast } from '../text/inflectVerb.ts';

/** How many words an item of a participle list may have ("signed up by Microsoft on Sunday"). */
const PARTICIPLE_ITEM_REACH = 8;
/** Past participles that do not end in -ed/-en/-wn. */
const IRREGULAR_PARTICIPLES = new Set([
  ...['put', 'set', 'cut', 'let', 'brought', 'sought', 'caught', 'told', 'sold', 'made', 'paid'],
]);

const isParticiple = (word: string) => /(?:ed|en|wn)$/.test(word) || IRREGULAR_PARTICIPLES.has(word);

/**
 * "Altman was pushed out, signed up by Microsoft and finally restored to the top job": in a list of
 * participles sharing one subject, the last item follows "and" with no comma of its own. The item
 * ending at `last` (the word before that "and") is a participle set off by a comma: that comma's
 * index, so the list can be read back to its passive. Undefined where the item is no participle
 * ("…, Brockman quit and …": a clause with its own subject).
 */
export function participleItemStart(reading: BlockReading, last: number): number | undefined {
  const { tokens, sentenceOf } = reading;
  for (
    let k = last;
    k >= Math.max(0, last - PARTICIPLE_ITEM_REACH) && sentenceOf[k] === sentenceOf[last];
    k--
  ) {
    if (tokens[k]!.text !== ',') {
      if (isClauseMark(reading, k)) return undefined;
      continue;
    }
    let first = k + 1;
    while (first < last && isAdverb(tokens[first]!.lower)) first++;
    return isParticiple(tokens[first]!.lower) && !reading.refAt[first] ? k : undefined;
  }
  return undefined;
}

/** "…, then snapped up by Microsoft": the item at `k` opens with a participle, after sequence words or adverbs. */
export function opensParticipleItem(reading: BlockReading, k: number): boolean {
  const { tokens } = reading;
  while (SEQUENCE.has(tokens[k]?.lower ?? '') || isAdverb(tokens[k]?.lower ?? '')) k++;
  return !!tokens[k] && isParticiple(tokens[k]!.lower) && !reading.refAt[k];
}

/** Marks after which a list of what befell the clause's subject may follow. */
const LIST_OPENERS = new Set(['—', '–', ':']);
/** Words of sequence before an item of such a list ("first removed as chairman, then …"). */
const SEQUENCE = new Set(['first', 'then', 'later', 'eventually', 'finally', 'next', 'soon', 'briefly']);
/** How many items of the list may come before the one read. */
const ITEMS_BEFORE = 4;

/** Skips sequence words back from `k` ("first removed", "then pushed out"). */
function beforeSequence(reading: BlockReading, k: number): number {
  while (SEQUENCE.has(reading.tokens[k]?.lower ?? '')) k--;
  return k;
}

/**
 * The dash or colon that opens the list whose item's participle follows `before`: right before it
 * ("— first removed"), or before earlier participle items ("— fired on Friday, hired on Sunday and …").
 */
function listOpener(reading: BlockReading, before: number): number | undefined {
  const { tokens } = reading;
  let k = beforeSequence(reading, before);
  for (let items = 0; items <= ITEMS_BEFORE; items++) {
    if (LIST_OPENERS.has(tokens[k]?.text ?? '')) return k;
    // "…, hired on Sunday and reinstated", "…, hired on Sunday, reinstated": the join before the item.
    const join = tokens[k]?.lower ?? '';
    if (join !== 'and' && join !== 'or' && join !== ',') return undefined;
    if (join !== ',') k--;
    if (tokens[k]?.text === ',') k--;
    // Back over the item before, to the mark that opens it.
    let open = k;
    while (open > k - PARTICIPLE_ITEM_REACH && open > 0 && !isClauseMark(reading, open)) open--;
    if (!isClauseMark(reading, open) || !(LIST_OPENERS.has(tokens[open]!.text) || tokens[open]!.text === ','))
      return undefined;
    let first = open + 1;
    while (first < k && (isAdverb(tokens[first]!.lower) || SEQUENCE.has(tokens[first]!.lower))) first++;
    if (!isParticiple(tokens[first]!.lower) || reading.refAt[first]) return undefined;
    k = open;
  }
  return undefined;
}

/** How far into its sentence the subject of the clause before the dash may be named. */
const SUBJECT_REACH = 4;

/**
 * "Brockman had already gone — first removed as chairman, then …", "Altman had a week to forget:
 * fired on Friday, …": a participle opening a list after a dash or colon tells what befell the
 * subject of the clause before the mark. Given the word before the participle's group, that subject
 * (a person named at the opening of the sentence), or undefined.
 */
export function dashListSubject(reading: BlockReading, before: number): Reference | undefined {
  const { tokens, sentences, sentenceOf } = reading;
  const k = listOpener(reading, before);
  if (k === undefined) return undefined;
  const start = sentences[sentenceOf[k]!]!.first;
  for (let j = start; j < Math.min(k, start + SUBJECT_REACH); j++) {
    if (isClauseMark(reading, j)) return undefined;
    const ref = reading.refAt[j];
    if (!ref) continue;
    if (ref.first !== j || !ref.entities.some((id) => reading.people.has(id))) return undefined;
    // A possessor is no subject ("Altman's week:").
    if (/^['’]s?$/.test(tokens[ref.last + 1]?.text ?? '')) return undefined;
    // The clause before the mark has its own verb after the subject ("had already gone").
    for (let v = ref.last + 1; v < k; v++) if (isClauseMark(reading, v)) return undefined;
    return coordinatedRight(reading, j);
  }
  return undefined;
}

/** How many sentences back a run of fragments may carry its subject ("Brockman demoted. Quits that night."). */
const RUN_SENTENCES = 3;
/** How many tokens a recap item's label may take before its subject ("Fri:", "Nov 17 —", "Day 2:"). */
const ITEM_LABEL_TOKENS = 3;
/** The auxiliaries and copulas of a full sentence: a recap's items drop them ("Brockman demoted", "Altman out"). */
const FULL_SENTENCE_VERBS = new Set([
  ...['is', 'was', 'are', 'were', "'s", 'has', 'had', 'have', "'d", 'will', 'would', "'ll", 'did', 'does'],
]);
/** What ends an item's label. */
const ITEM_LABEL_END = new Set([':', '—', '–', '|', '·']);

/** A sentence opens without a subject: a capitalised word that is no name and opens no subject ("Quits that night."). */
export function opensWithoutSubject(reading: BlockReading, first: number): boolean {
  const opening = reading.tokens[first];
  return (
    !!opening && !reading.refAt[first] && !SUBJECT_OPENERS.has(opening.lower) && /^\p{Lu}/u.test(opening.text)
  );
}

/** Where a sentence's own words start, after a recap item's short label ("Fri: Brockman demoted…"). */
function afterItemLabel(reading: BlockReading, first: number, last: number): number {
  for (let k = first; k <= Math.min(last, first + ITEM_LABEL_TOKENS); k++) {
    if (reading.refAt[k]) return first;
    if (ITEM_LABEL_END.has(reading.tokens[k]!.text)) return k + 1;
  }
  return first;
}

/**
 * "Fri: Brockman demoted from chairman. Quits that night.", "Altman was out by Friday evening. Hired by
 * Microsoft on Sunday.": in a run of telegraphic sentences a sentence that opens with its verb goes on
 * with the subject of the item before, back over items that open without one too. That subject is the
 * people who open the earlier item, where that item and those after it name no other person.
 */
export function fragmentRunSubject(reading: BlockReading, sentence: number): Reference | undefined {
  const { sentences, refAt } = reading;
  const own = sentences[sentence];
  if (!own || !opensWithoutSubject(reading, own.first) || !verbLike(reading.tokens[own.first]!.lower))
    return undefined;
  for (let s = sentence - 1; s >= Math.max(0, sentence - RUN_SENTENCES); s--) {
    const { first, last } = sentences[s]!;
    const k = afterItemLabel(reading, first, last);
    const ref = refAt[k];
    if (!ref) {
      if (!opensWithoutSubject(reading, k)) return undefined;
      if (namesPerson(reading, first, last)) return undefined;
      continue;
    }
    if (ref.first !== k || ref.conditional || !ref.entities.every((id) => reading.people.has(id)))
      return undefined;
    // A run is about someone named: "Two, actually. Chief technology officer Mira Murati held …" reads no pair.
    if (!namedAt(reading, k)) return undefined;
    // A possessor is no subject ("Brockman's week.").
    if (/^['’]s?$/.test(reading.tokens[ref.last + 1]?.text ?? '')) return undefined;
    const subject = coordinatedRight(reading, k);
    if (!subject) return undefined;
    for (let j = subject.last + 1; j <= last; j++) {
      // Another person named in the item competes for the run ("Brockman demoted by Altman's board.").
      if (refAt[j]?.entities.some((id) => reading.people.has(id) && !subject.entities.includes(id)))
        return undefined;
      // A full sentence is prose, not an item of a run ("Greg Brockman, the president, was at his desk.").
      if (FULL_SENTENCE_VERBS.has(reading.tokens[j]!.lower)) return undefined;
    }
    return subject;
  }
  return undefined;
}

/** Whether the tokens from `first` to `last` name a person. */
function namesPerson(reading: BlockReading, first: number, last: number): boolean {
  for (let k = first; k <= last; k++)
    if (reading.refAt[k]?.entities.some((id) => reading.people.has(id))) return true;
  return false;
}

/** Words that point to people without naming them ("he", "the pair", "two", "both"). */
const POINTING_WORDS = new Set(['both', 'two', 'pair', 'duo', 'trio']);

/** The reference at `k` names its people rather than pointing to them. */
function namedAt(reading: BlockReading, k: number): boolean {
  const word = reading.tokens[k]!.lower;
  return !SUBJECT_OPENERS.has(word) && !POINTING_WORDS.has(word);
}

/** A past that is its own base, which the irregular table leaves out ("Quit hours later."). */
const PAST_AS_BASE = new Set(['quit']);

/**
 * The word may be the verb an item opens with: a participle, a past, a present in -s ("Quits", "Resigns");
 * not a noun that opens a subject of its own ("Chief scientist at … meant nothing").
 */
function verbLike(word: string): boolean {
  return isParticiple(word) || isIrregularPast(word) || PAST_AS_BASE.has(word) || /[^s']s$/.test(word);
}
