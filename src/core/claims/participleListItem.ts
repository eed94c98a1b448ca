import { coordinatedRight, isAdverb, isClauseMark } from './readClause.ts';
import type { BlockReading, Reference } from './readReferences.ts';

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
