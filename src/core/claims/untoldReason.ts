import type { BlockReading } from './readReferences.ts';

/** Words that open an indirect question ("what he had been less than candid about", "why it lost faith"). */
const QUESTION_WORDS = new Set(['what', 'why', 'how', 'whether', 'where', 'which']);
/** Verbs of giving an account, whose object the indirect question is. */
const EXPLAINING =
  /^(?:explain|say|specify|detail|clarify|disclose|reveal|spell|tell|describe|identify|elaborate)(?:s|ed|d|ing)?$|^(?:said|told)$/;
/** A denial of the account before its verb ("without having explained", "refused to say", "never said"). */
const DENIAL = /^(?:without|not|n't|never|refused|refuses|declined|declines|failed|fails|yet)$/;
/** How far back from the wording the question word may stand. */
const QUESTION_REACH = 10;
/** How far back from the question word the verb may stand ("explained, in public, what"). */
const VERB_REACH = 5;

/**
 * "…without having explained what Altman was supposed to have been less than candid about", "the board
 * never said why it lost confidence": a wording inside an indirect question that no one answered names
 * the reason as unknown; the board gives none there.
 */
export function untoldReason(reading: BlockReading, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  const inSentence = (k: number) => k >= 0 && sentenceOf[k] === sentenceOf[at];
  let question = -1;
  for (let k = at - 1; inSentence(k) && at - k <= QUESTION_REACH; k--) {
    // "who did not say whether they would quit, called the board unfit": the question closed before it.
    if (/^[,;:()—–]$/.test(tokens[k]!.text)) return false;
    if (QUESTION_WORDS.has(tokens[k]!.lower)) {
      question = k;
      break;
    }
  }
  if (question < 0) return false;
  for (let k = question - 1; inSentence(k) && question - k <= VERB_REACH; k--) {
    if (!EXPLAINING.test(tokens[k]!.lower)) continue;
    for (let d = k - 1; inSentence(d) && k - d <= 3; d--) if (DENIAL.test(tokens[d]!.lower)) return true;
    return false;
  }
  return false;
}
