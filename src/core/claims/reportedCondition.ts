import type { BlockReading } from './readReferences.ts';
import { REPORTING } from './readClause.ts';

/** Words that open a condition inside what someone says ("said that if…", "warned that unless…"). */
const CONDITION_OPENERS = new Set(['if', 'unless']);
/**
 * Verbs that report what someone says, wrote or threatened: a condition right after them is theirs.
 * The past forms the clause reader knows (readClause's REPORTING), with the present and base forms
 * a condition may follow too ("says if…", "warn that unless…") and the verbs of promising.
 */
const REPORTING_ANY_FORM = new Set([
  ...REPORTING,
  ...['say', 'tell', 'tells', 'warn', 'threaten', 'threatens', 'write', 'writes', 'add', 'adds'],
  ...['insist', 'insists', 'insisted', 'insisting', 'state', 'states', 'stating', 'vow', 'vows'],
  ...['declare', 'declares', 'promise', 'promises', 'promised', 'pledge', 'pledged'],
]);
/** How far back from the act its reported condition may open. */
const CONDITION_REACH = 24;

/**
 * "The employees said that if the board does not resign, they will leave and join Microsoft", "says if
 * that doesn't happen the signers may go work in the new Microsoft outfit": an act inside a condition
 * someone reports, or inside its consequence, is what they say may happen, not a fact the page states.
 * The condition opens the reported clause: right after the reporting verb or its "that" ("told reporters
 * that if…").
 */
export function insideReportedCondition(reading: BlockReading, at: number): boolean {
  const { tokens, sentenceOf } = reading;
  for (let k = at - 1; k >= Math.max(1, at - CONDITION_REACH) && sentenceOf[k] === sentenceOf[at]; k--) {
    if (/^[.;:!?—–]$/.test(tokens[k]!.text)) return false;
    // ", and Microsoft had created…": a clause of its own after the report.
    if (tokens[k]!.lower === 'and' && tokens[k - 1]!.text === ',') return false;
    // "warning that otherwise they may quit and take up jobs at the new Microsoft subsidiary": the condition
    // left unsaid, its consequence reported.
    if (tokens[k]!.lower === 'otherwise' && tokens[k - 1]!.lower === 'that')
      return reportedBefore(reading, k - 1);
    if (!CONDITION_OPENERS.has(tokens[k]!.lower)) continue;
    if (tokens[k - 1]!.lower !== 'that') return REPORTING_ANY_FORM.has(tokens[k - 1]!.lower);
    return reportedBefore(reading, k - 1);
  }
  return false;
}

/** How many words may stand between a reporting verb and its "that" ("told reporters that", "warned the board that"). */
const ADDRESSEE_WORDS = 3;

/** A reporting verb just before the "that" at `that`, perhaps with its addressee between. */
function reportedBefore(reading: BlockReading, that: number): boolean {
  const { tokens, sentenceOf } = reading;
  for (
    let k = that - 1;
    k >= Math.max(0, that - 1 - ADDRESSEE_WORDS) && sentenceOf[k] === sentenceOf[that];
    k--
  ) {
    if (!tokens[k]!.isWord) return false;
    if (REPORTING_ANY_FORM.has(tokens[k]!.lower)) return true;
  }
  return false;
}
