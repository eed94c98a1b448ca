import type { BlockReading } from './readReferences.ts';

/*
 * An absolute "with" phrase opening its clause: "With Altman back, the sale is expected to proceed",
 * "…, and with him reinstated, the offer went ahead". It takes its act as given. For the return that is
 * still the return stated (the coordinator's round-25 decision: "With him back" is marked like "He is
 * back"), and the mark is the whole phrase, "with" included. For other acts ("With Altman out, Thrive
 * had signalled…") it stays the background the first reading (18b2820) made it: no decision was taken.
 * A counterfactual main clause ("With Altman back, the staff would stay") makes the phrase its
 * condition: no act stated either way.
 */

/** Acts an absolute "with" phrase may hold after its person ("With Altman back", "with him reinstated"). */
const ABSOLUTE_ACTS = /^(?:back|reinstated|restored|returned|gone|out|ousted|removed|installed|hired)$/;
/** Of those, the ones that state he is back ("With him restored"): the return, taken as given. */
const RETURN_ACTS = /^(?:back|reinstated|restored|returned)$/;
/** Modals of a counterfactual main clause ("…, the staff would stay"): the phrase is its condition. */
const COUNTERFACTUAL = /^(?:would|could|might|'d)$/;
/** How far the absolute phrase may run to its comma. */
const PHRASE_REACH = 8;
/** How far into the main clause its modal may stand ("…, the whole staff would stay"). */
const MAIN_MODAL_REACH = 5;

/**
 * The absolute phrase whose act is at `first`: where its "with" is and where its comma is, or undefined
 * where the act is not held by one.
 */
function absolutePhrase(reading: BlockReading, first: number): { at: number; comma: number } | undefined {
  const { tokens, sentenceOf } = reading;
  if (!ABSOLUTE_ACTS.test(tokens[first]!.lower)) return undefined;
  let k = first - 1;
  while (k >= 0 && first - k <= 4 && sentenceOf[k] === sentenceOf[first] && reading.refAt[k]) k--;
  if (k === first - 1 || tokens[k]?.lower !== 'with' || sentenceOf[k] !== sentenceOf[first]) return undefined;
  // It opens the sentence or a clause ("…, and with Altman back, the offer went ahead").
  const before = tokens[k - 1]?.lower ?? '';
  const opens =
    k === reading.sentences[sentenceOf[k]!]!.first ||
    /^[,;:—–]$/.test(before) ||
    /^(?:and|but|so)$/.test(before);
  if (!opens) return undefined;
  // The absolute phrase ends at a comma before its main clause.
  for (
    let j = first + 1;
    j < tokens.length && j - first <= PHRASE_REACH && sentenceOf[j] === sentenceOf[first];
    j++
  )
    if (tokens[j]!.text === ',') return { at: k, comma: j };
  return undefined;
}

/** The main clause after the comma is counterfactual ("With Altman back, the staff would stay"). */
function counterfactualMain(reading: BlockReading, comma: number): boolean {
  const { tokens, sentenceOf } = reading;
  for (let j = comma + 1; j <= comma + MAIN_MODAL_REACH && sentenceOf[j] === sentenceOf[comma]; j++)
    if (COUNTERFACTUAL.test(tokens[j]?.lower ?? '')) return true;
  return false;
}

/**
 * Whether the act at `first` is background in an absolute "with" phrase: any act but the return, or the
 * return as a counterfactual's condition.
 */
export function absoluteWithBackground(reading: BlockReading, first: number): boolean {
  const phrase = absolutePhrase(reading, first);
  if (!phrase) return false;
  return !RETURN_ACTS.test(reading.tokens[first]!.lower) || counterfactualMain(reading, phrase.comma);
}

/** The return held by an absolute "with" phrase is marked from its "with" ("With Altman restored"). */
export function widenToAbsoluteWith(reading: BlockReading, matches: Array<{ first: number }>): void {
  for (const m of matches) {
    if (!RETURN_ACTS.test(reading.tokens[m.first]!.lower)) continue;
    const phrase = absolutePhrase(reading, m.first);
    if (phrase && !counterfactualMain(reading, phrase.comma)) m.first = phrase.at;
  }
}
