import { ifNotThreat, orThreat } from './ultimatumThreat.ts';
import type { BlockReading } from './readReferences.ts';

/**
 * Nouns and verbs that head the terms of a demand ("Their terms:", "Its price for staying:", "What they
 * want:", "The ultimatum:", "their demands were…"): what follows is what someone asks for.
 */
const DEMAND_HEADS = new Set([
  ...['terms', 'demand', 'demands', 'condition', 'conditions', 'price', 'ultimatum', 'ultimatums'],
  ...['ask', 'asks', 'want', 'wants', 'wanted', 'wish', 'wishes', 'wishlist', 'requirement', 'requirements'],
  ...['request', 'requests'],
]);
/** Words in the head that make the terms a settled deal's, not a demand ("the terms of the deal:"). */
const DEAL_WORDS = new Set([
  ...['deal', 'agreement', 'accord', 'settlement', 'pact', 'truce', 'compromise', 'package', 'contract'],
  ...['agreed', 'settled', 'signed', 'final', 'new', 'under'],
]);
/** Heads that are verbs of wanting: a head only with their object left out ("What they want:"). */
const VERB_HEADS = new Set(['ask', 'asks', 'want', 'wants', 'wanted', 'wish', 'wishes']);
/** Words that open a verb head's object ("want the cameras to notice", "ask me", "want everyone to see"). */
const OBJECT_OPENERS = new Set([
  ...['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'to'],
  ...['me', 'him', 'them', 'us', 'it', 'you', 'everyone', 'everybody', 'someone', 'somebody'],
]);
/** How many words the head of the terms may take before its colon or copula. */
const HEAD_WORDS = 6;
/** Copulas that may stand for the colon after the head ("their price for staying was…"). */
const COPULAS = new Set(['was', 'were', 'is', 'are']);
/** A participle after the copula: the demand is spoken of, not spelt out ("their demand was met"). */
const SETTLED = /^(?:\w+ed|met|granted|given|won|heard|ignored|refused|rebuffed|not)$/;
/** How far back in its sentence the head of the terms may open before the act. */
const TERMS_REACH = 30;
/** Heads that a settled deal has as well as a demand ("its terms", "the conditions", "the price"). */
const TWO_SIDED_HEADS = new Set(['terms', 'condition', 'conditions', 'price', 'requirement', 'requirements']);
/** Nouns of a settled deal, read in the sentence before a two-sided head. */
const DEAL_NOUNS = new Set([
  ...['deal', 'agreement', 'accord', 'settlement', 'pact', 'truce', 'compromise', 'contract', 'bargain'],
]);
/** How far back into the sentence before a two-sided head a deal noun is looked for. */
const DEAL_REACH = 40;
/** Words that open a copula's predicate as a noun phrase or clause: the terms themselves. */
const PREDICATE_OPENERS = new Set([
  ...['that', 'for', 'to', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'two', 'both'],
  ...['nothing', 'simply', 'just', 'only', 'no', 'all', 'every', 'each', 'reinstating', 'bringing'],
]);
/** Words that open another clause between a copula and the act: the act is not the copula's predicate. */
const CLAUSE_OPENERS = new Set([
  ...['after', 'before', 'since', 'when', 'whenever', 'while', 'because', 'as', 'although', 'though'],
  ...['until', 'till', 'once', 'if', 'unless', 'whereas', 'but', 'yet', 'so', 'then', 'later', 'meanwhile'],
]);

/** Phrases after the demand that state what happens if it is refused ("failing that", "on pain of"). */
const THREAT_OPENERS = new Set(['failing that', 'failing which', 'on pain', 'or else']);
/** How far after the act its threat may follow in the same sentence. */
const THREAT_REACH = 8;
/** After the threat's opener, a past conditional makes the act a fact it averted ("or they would have left"). */
const COUNTERFACTUAL = new Set(['have', "'ve", 'had']);

/** A head of demand terms ends at the colon or copula at `k`, within its own part of the sentence. */
function headsTerms(reading: BlockReading, k: number, start: number): boolean {
  const { tokens } = reading;
  let head: string | undefined;
  for (let j = k - 1; j >= Math.max(start, k - HEAD_WORDS); j--) {
    const word = tokens[j]!.lower;
    if (/^[.;:!?,—–()]$/.test(tokens[j]!.text)) break;
    if (DEAL_WORDS.has(word)) return false;
    if (COPULAS.has(word) && SETTLED.test(tokens[j + 1]?.lower ?? '')) return false;
    // "in plain terms", "in real terms": a manner of speaking, no demand.
    if (word === 'terms' && (tokens[j - 1]?.lower === 'in' || tokens[j - 2]?.lower === 'in')) return false;
    // "what they want:" names the terms; "when they want the cameras to notice:" is a clause whose
    // verb has its object, and what follows the colon is no demand.
    if (VERB_HEADS.has(word) && !objectLeftOut(reading, j)) continue;
    if (DEMAND_HEADS.has(word)) head = word;
  }
  if (!head) return false;
  // "The agreement came late on Tuesday. Its terms were generous: …": terms the sentence before made a deal's.
  return !(TWO_SIDED_HEADS.has(head) && dealBefore(reading, start));
}

/** No object opens right after the verb head at `verb` ("what they want:", "what they want from the board:", "their wish list:"). */
function objectLeftOut(reading: BlockReading, verb: number): boolean {
  return !OBJECT_OPENERS.has(reading.tokens[verb + 1]?.lower ?? '');
}

/** A deal named in the sentence before the one at `start` ("The agreement came late. Its terms: …"). */
function dealBefore(reading: BlockReading, start: number): boolean {
  const { tokens, sentenceOf } = reading;
  const before = sentenceOf[start - 1];
  if (before === undefined) return false;
  for (let j = start - 1; j >= Math.max(0, start - DEAL_REACH) && sentenceOf[j] === before; j--)
    if (DEAL_NOUNS.has(tokens[j]!.lower)) return true;
  return false;
}

/**
 * A copula stands for the colon after a head only where its predicate is the act: a noun phrase or a
 * clause that opens right after it ("their one condition was Altman's reinstatement", "their price was
 * that Altman return"), not an adjective or adverb ("the share price was up 2% … after Altman returned",
 * "the request for comment was sent before…") nor a predicate of its own ended by a clause boundary
 * ("Investors' demands were clear, and by Wednesday Altman had returned").
 */
function copulaOpensAct(reading: BlockReading, k: number, at: number): boolean {
  const { tokens } = reading;
  const next = tokens[k + 1];
  if (!next) return false;
  if (k + 1 !== at && !PREDICATE_OPENERS.has(next.lower) && !reading.refAt[k + 1]) return false;
  for (let j = k + 1; j < at; j++)
    if (/^[.;:!?,—–()]$/.test(tokens[j]!.text) || CLAUSE_OPENERS.has(tokens[j]!.lower)) return false;
  return true;
}

/**
 * The act at `at` follows "Their terms:", "What they want:", "their price for staying was…": where the
 * terms open, right after the colon or copula, or undefined.
 */
export function termsOpeningBefore(reading: BlockReading, at: number): number | undefined {
  const { tokens, sentenceOf } = reading;
  const start = reading.sentences[sentenceOf[at]!]!.first;
  for (let k = at - 1; k >= Math.max(start, at - TERMS_REACH); k--) {
    const text = tokens[k]!.text;
    const copula =
      COPULAS.has(tokens[k]!.lower) &&
      !SETTLED.test(tokens[k + 1]?.lower ?? '') &&
      copulaOpensAct(reading, k, at);
    if (text === ':' || copula) {
      if (headsTerms(reading, k, start)) return k + 1;
      if (text === ':') return undefined;
    }
  }
  return undefined;
}

/** A threat follows the act in its sentence: "…, or we all go", "; failing that, …", "on pain of…". */
function threatFollows(reading: BlockReading, last: number): boolean {
  const { tokens, sentenceOf } = reading;
  const sentence = reading.sentences[sentenceOf[last]!]!;
  const end = Math.min(sentence.last, last + THREAT_REACH);
  for (let k = last + 1; k < end; k++) {
    const word = tokens[k]!.lower;
    const pair = `${word} ${tokens[k + 1]!.lower}`;
    const opens = THREAT_OPENERS.has(pair) || ifNotThreat(tokens, k) || orThreat(tokens, k, sentence.last);
    if (!opens) continue;
    for (let j = k + 2; j <= Math.min(end, k + 5); j++)
      if (COUNTERFACTUAL.has(tokens[j]!.lower)) return false;
    return true;
  }
  return false;
}

/**
 * "Their terms: every director steps aside, Altman and Brockman are restored, and if not, the signers
 * quit", "Every one of you steps down, Sam and Greg come back, or we all clock in at Satya's place":
 * an act named in the terms of a demand, under a head that says so or before the threat of refusal, is
 * what someone asks for, not what happened. The terms of a settled deal ("The terms of the deal: Altman
 * returns") and an act that averted an outcome ("Altman came back, or they would all have left") stay facts.
 */
export function insideDemandTerms(
  reading: BlockReading,
  first: number,
  last: number,
  claim: { frames?: readonly { demand?: unknown }[] },
): boolean {
  // A claim about the demand itself (the letter's verdict on the board) is the ultimatum's, not undone by it.
  if (claim.frames?.some((frame) => frame.demand)) return false;
  return termsOpeningBefore(reading, first) !== undefined || threatFollows(reading, last);
}
