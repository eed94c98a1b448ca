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
/** How many words the head of the terms may take before its colon or copula. */
const HEAD_WORDS = 6;
/** Copulas that may stand for the colon after the head ("their price for staying was…"). */
const COPULAS = new Set(['was', 'were', 'is', 'are']);
/** A participle after the copula: the demand is spoken of, not spelt out ("their demand was met"). */
const SETTLED = /^(?:\w+ed|met|granted|given|won|heard|ignored|refused|rebuffed|not)$/;
/** How far back in its sentence the head of the terms may open before the act. */
const TERMS_REACH = 30;

/**
 * Words after "or" that open the threat of an ultimatum: who would go ("or we all clock in at Satya's
 * place", "or every one of us goes", "or else").
 */
const THREAT_SUBJECTS = new Set([
  ...['we', 'they', 'every', 'each', 'all', 'everyone', 'everybody', 'else', 'staff', 'employees'],
]);
/** Phrases after the demand that state what happens if it is refused ("if not", "failing that"). */
const THREAT_OPENERS = new Set(['if not', 'failing that', 'failing which', 'on pain', 'or else']);
/** How far after the act its threat may follow in the same sentence. */
const THREAT_REACH = 8;
/** After the threat's opener, a past conditional makes the act a fact it averted ("or they would have left"). */
const COUNTERFACTUAL = new Set(['have', "'ve", 'had']);

/** A head of demand terms ends at the colon or copula at `k`, within its own part of the sentence. */
function headsTerms(reading: BlockReading, k: number, start: number): boolean {
  const { tokens } = reading;
  let head = false;
  for (let j = k - 1; j >= Math.max(start, k - HEAD_WORDS); j--) {
    const word = tokens[j]!.lower;
    if (/^[.;:!?,—–()]$/.test(tokens[j]!.text)) break;
    if (DEAL_WORDS.has(word)) return false;
    if (COPULAS.has(word) && SETTLED.test(tokens[j + 1]?.lower ?? '')) return false;
    // "in plain terms", "in real terms": a manner of speaking, no demand.
    if (word === 'terms' && (tokens[j - 1]?.lower === 'in' || tokens[j - 2]?.lower === 'in')) return false;
    if (DEMAND_HEADS.has(word)) head = true;
  }
  return head;
}

/** The act at `at` follows "Their terms:", "What they want:", "their price for staying was…". */
function afterTermsHead(reading: BlockReading, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  const start = reading.sentences[sentenceOf[at]!]!.first;
  for (let k = at - 1; k >= Math.max(start, at - TERMS_REACH); k--) {
    const text = tokens[k]!.text;
    const copula = COPULAS.has(tokens[k]!.lower) && !SETTLED.test(tokens[k + 1]?.lower ?? '');
    if (text === ':' || copula) {
      if (headsTerms(reading, k, start)) return true;
      if (text === ':') return false;
    }
  }
  return false;
}

/** A threat follows the act in its sentence: "…, or we all go", "; failing that, …", "on pain of…". */
function threatFollows(reading: BlockReading, last: number): boolean {
  const { tokens, sentenceOf } = reading;
  const sentence = reading.sentences[sentenceOf[last]!]!;
  const end = Math.min(sentence.last, last + THREAT_REACH);
  for (let k = last + 1; k < end; k++) {
    const word = tokens[k]!.lower;
    const pair = `${word} ${tokens[k + 1]!.lower}`;
    let opens = THREAT_OPENERS.has(pair);
    if (!opens && word === 'or' && THREAT_SUBJECTS.has(tokens[k + 1]!.lower)) opens = true;
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
  return afterTermsHead(reading, first) || threatFollows(reading, last);
}
