import type { BlockReading } from './readReferences.ts';

/*
 * "Brockman, the company's president, went the same day. He was first stripped of the chairmanship, and
 * by evening he had quit": a bare act sums up what the next sentence tells step by step ("first …, then
 * …"). One instance: the steps carry the marks, and the summary before them is not a second one.
 */

/** Words that open the steps of a retelling ("He was first stripped…", "At first he…"). */
const STEP_OPENERS = new Set(['first', 'firstly', 'initially']);

interface Mark {
  first: number;
  last: number;
  claimId: string;
  /** An act told bare, with nothing after it but adverbs or a time phrase ("went the same day"). */
  bare?: boolean;
}

/** The sentence after `sentence` retells the claim as steps: a step opener, then a mark of the claim. */
function stepsAfter(reading: BlockReading, sentence: number, claimId: string, marks: readonly Mark[]) {
  const next = reading.sentences[sentence + 1];
  if (!next) return false;
  const step = marks.find(
    (m) => !m.bare && m.claimId === claimId && reading.sentenceOf[m.first] === sentence + 1,
  );
  if (!step) return false;
  for (let k = next.first; k <= step.last; k++) if (STEP_OPENERS.has(reading.tokens[k]!.lower)) return true;
  return false;
}

/** The marks without the bare acts that only sum up the steps the next sentence marks. */
export function withoutSummaries<M extends Mark>(reading: BlockReading, marks: M[]): M[] {
  return marks.filter((m) => !m.bare || !stepsAfter(reading, reading.sentenceOf[m.first]!, m.claimId, marks));
}
