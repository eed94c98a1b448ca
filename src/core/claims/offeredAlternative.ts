import type { BlockReading } from './readReferences.ts';

/** Words after "either" that make it no disjunction ("either way", "either side", "either of them"). */
const EITHER_IDIOMS = new Set(['way', 'side', 'sides', 'case', 'of', 'one', 'end', 'direction', 'hand']);
/** How far back in its sentence "either" may open the alternative an act stands in. */
const EITHER_REACH = 24;

/**
 * "Either every director resigned and Sam and Greg were brought back, or the signers would go",
 * "either Altman returns or they walk": an act inside one branch of "either … or" is a choice put to
 * someone, not what happened. "Either way, Altman returned" has no branches and stays a fact.
 */
export function offeredAsAlternative(reading: BlockReading, first: number): boolean {
  const { tokens, sentenceOf } = reading;
  const sentence = reading.sentences[sentenceOf[first]!]!;
  for (let k = first - 1; k >= Math.max(sentence.first, first - EITHER_REACH); k--) {
    if (/^[;:]$/.test(tokens[k]!.text)) return false;
    if (tokens[k]!.lower !== 'either') continue;
    if (EITHER_IDIOMS.has(tokens[k + 1]?.lower ?? '')) return false;
    for (let j = k + 2; j <= sentence.last; j++) if (tokens[j]!.lower === 'or' && j !== first) return true;
    return false;
  }
  return false;
}

/** Who holds one side of a dispute ("some", "others", "some outlets", "other reports"). */
const SIDES = /^(?:some|others|other)$/;
/** Verbs of holding a version ("some say", "others claim", "some reports insist"). */
const VERSION_VERBS = new Set([
  ...['say', 'said', 'says', 'claim', 'claimed', 'claims', 'insist', 'insisted', 'argue', 'argued'],
  ...['report', 'reported', 'believe', 'believed', 'think', 'thought', 'suggest', 'suggested', 'maintain'],
  ...['have', 'had', 'tell', 'told', 'put', 'write', 'wrote', 'contend', 'contended', 'call', 'called'],
]);
/** Words a side may take between it and its verb ("some places say", "other outlets have it"). */
const SIDE_WORDS = 2;

/** Where, in the sentence of `at`, a side opens its version ("some say"): each side's verb index. */
function sidesIn(reading: BlockReading, at: number): number[] {
  const { tokens, sentenceOf } = reading;
  const sentence = reading.sentences[sentenceOf[at]!]!;
  const verbs: number[] = [];
  for (let k = sentence.first; k <= sentence.last; k++) {
    if (!SIDES.test(tokens[k]!.lower)) continue;
    for (let j = k + 1; j <= Math.min(sentence.last, k + 1 + SIDE_WORDS); j++)
      if (VERSION_VERBS.has(tokens[j]!.lower)) {
        verbs.push(j);
        break;
      }
  }
  return verbs;
}

/**
 * "Some places say he was fired, some say he quit", "some reports have him resigning, others say he was
 * pushed": two sides give two versions, and the page states neither. One side alone ("some outlets
 * reported he quit") is an attributed report and stays a claim.
 */
export function disputedVersion(reading: BlockReading, first: number): boolean {
  const sides = sidesIn(reading, first);
  return sides.length >= 2 && sides.some((verb) => verb < first);
}
