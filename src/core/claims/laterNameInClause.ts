import type { Token } from '../text/tokenize.ts';
import type { Reference } from './readReferences.ts';

/** Subject pronouns: they govern the clause they open. */
const SUBJECT_PRONOUNS = new Set(['he', 'she']);
/** Marks that end the pronoun's clause: a name after them may be the pronoun's ("He's back: Altman returns"). */
const CLAUSE_BREAKS = new Set([':', ';', '—', '–', '(', ')', '!', '?', '.']);
/** Words that open a fronted adverbial clause, where a pronoun may point ahead ("When he returned, Altman…"). */
const FRONTED_SUBORDINATORS = new Set([
  ...['when', 'after', 'before', 'as', 'since', 'while', 'once', 'until', 'if', 'because', 'though'],
  ...['although', 'whether', 'unless', 'whenever', 'despite', 'since'],
]);
/** How far ahead in the clause a name is looked for. */
const CLAUSE_REACH = 16;

/**
 * "He's returning along with Altman", "He and Altman went back years", "He said Altman would stay":
 * a subject pronoun that governs its clause cannot mean a person the same clause names after it
 * (a pronoun points back, or ahead only out of a fronted clause: "When he returned, Altman…").
 * Given the pronoun at `i` and the person it was read as, whether that person is named later in
 * the pronoun's clause, so the reading is impossible.
 */
export function namedLaterInClause(
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  sentenceFirst: number,
  i: number,
  person: string,
): boolean {
  if (!SUBJECT_PRONOUNS.has(tokens[i]?.lower ?? '')) return false;
  // Inside a fronted adverbial clause ("After he was fired, Altman…"), the pronoun may point ahead.
  for (let k = i - 1; k >= sentenceFirst; k--) {
    const word = tokens[k]!.lower;
    if (word === ',' || CLAUSE_BREAKS.has(word)) break;
    if (FRONTED_SUBORDINATORS.has(word)) return false;
  }
  for (let k = i + 1; k < Math.min(tokens.length, i + CLAUSE_REACH); k++) {
    // A comma may close the clause before its speaker ("He's back, Altman's allies said").
    if (CLAUSE_BREAKS.has(tokens[k]!.text) || /^[,"“”]$/.test(tokens[k]!.text)) return false;
    const ref = refAt[k];
    if (
      ref &&
      !ref.conditional &&
      !ref.description &&
      ref.entities.length === 1 &&
      ref.entities[0] === person
    )
      return true;
  }
  return false;
}
