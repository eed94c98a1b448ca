import type { BlockReading } from './readReferences.ts';

/** Words after "either" that make it no disjunction ("either way", "either side", "either of them"). */
const EITHER_IDIOMS = new Set(['way', 'side', 'sides', 'case', 'of', 'one', 'end', 'direction', 'hand']);
/** How far back in its sentence "either" may open the alternative an act stands in. */
const EITHER_REACH = 24;
/**
 * Prepositions before "either" that make it a determiner of their object ("on either report", "in either
 * event", "for either man", "to either company"): it picks a thing, it opens no choice of acts.
 */
const PREPOSITIONS = new Set([
  ...['on', 'in', 'at', 'of', 'for', 'to', 'from', 'with', 'by', 'about', 'into', 'onto', 'under'],
  ...['over', 'against', 'between', 'without', 'within', 'through', 'after', 'before', 'toward', 'towards'],
]);
/** Words after "or" that close a phrase, not open a second branch ("or so", "or more", "or not"). */
const OR_CLOSERS = new Set(['so', 'more', 'less', 'fewer', 'not', 'longer', 'later', 'earlier']);
/** Number words: "or" between two of them is a range ("two or three people"). */
const NUMBER =
  /^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|hundreds?|thousands?|a|an)$/;
/** Words that open a clause after "or": its subject ("or the signers would go", "or Altman returns"). */
const SUBJECT_OPENERS = new Set([
  ...['the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'his', 'her', 'their', 'its', 'our'],
  ...['this', 'that', 'these', 'those', 'every', 'all', 'both', 'some', 'many', 'most', 'no', 'none'],
  ...['else', 'otherwise', 'another'],
]);
/** Marks that end a part of a sentence: a second branch lies in the same part. */
const PART_ENDS = /^[;:—–()]$/;

/** The "or" at `j` opens a second clause, not a second noun or a range. */
function opensBranch(reading: BlockReading, j: number): boolean {
  const { tokens } = reading;
  const before = tokens[j - 1]?.lower ?? '';
  const after = tokens[j + 1];
  if (!after) return false;
  if (OR_CLOSERS.has(after.lower)) return false;
  if (NUMBER.test(before) && NUMBER.test(after.lower)) return false;
  if (before === ',') return true;
  return SUBJECT_OPENERS.has(after.lower) || /^\p{Lu}/u.test(after.text) || !!reading.refAt[j + 1];
}

/**
 * "Either every director resigned and Sam and Greg were brought back, or the signers would go",
 * "either Altman returns or they walk": an act inside one branch of "either … or" is a choice put to
 * someone, not what happened. "Either way, Altman returned" has no branches and stays a fact; so does an
 * act beside "either" the determiner ("did not comment on either report", "in either event") or beside
 * an "or" that joins numbers or nouns ("two or three people").
 */
export function offeredAsAlternative(reading: BlockReading, first: number): boolean {
  const { tokens, sentenceOf } = reading;
  const sentence = reading.sentences[sentenceOf[first]!]!;
  for (let k = first - 1; k >= Math.max(sentence.first, first - EITHER_REACH); k--) {
    if (PART_ENDS.test(tokens[k]!.text)) return false;
    if (tokens[k]!.lower !== 'either') continue;
    if (EITHER_IDIOMS.has(tokens[k + 1]?.lower ?? '')) return false;
    if (PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) return false;
    for (let j = k + 2; j <= sentence.last; j++) {
      if (PART_ENDS.test(tokens[j]!.text)) return false;
      if (tokens[j]!.lower === 'or' && j !== first && opensBranch(reading, j)) return true;
    }
    return false;
  }
  return false;
}
