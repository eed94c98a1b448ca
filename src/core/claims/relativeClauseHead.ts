import type { BlockReading } from './readReferences.ts';
import { coordinated } from './readClause.ts';

/**
 * "The co-founder whom OpenAI's directors sent packing last Friday is coming back", "the director who
 * voted him out now regrets it": a verb after a relative clause has the clause's head as its subject,
 * whatever the clause names inside it. `before` is the token before the verb group.
 */

/** How many tokens a relative clause may take between its head and the verb after it. */
const RELATIVE_REACH = 12;
/** Relatives on a person. */
const PERSON_RELATIVES = new Set(['whom', 'who']);
/** Marks a relative clause does not run across. */
const CLAUSE_BREAKS = /^[.;:!?—–()"“”]$/;

export function relativeClauseHead(
  reading: BlockReading,
  before: number,
): { first: number; entities: string[] } | undefined {
  const { tokens, sentenceOf, refAt } = reading;
  // The clause may close with a comma ("Altman, whom the board fired, is back").
  const end = tokens[before]?.text === ',' ? before - 1 : before;
  for (let k = end; k > end - RELATIVE_REACH && k > 0 && sentenceOf[k] === sentenceOf[before]; k--) {
    const token = tokens[k]!;
    if (CLAUSE_BREAKS.test(token.text) || token.text === ',') return undefined;
    if (!PERSON_RELATIVES.has(token.lower)) continue;
    // The clause is its verb's own: "who" right before the verb is subjectEndingAt's to read.
    if (k === end) return undefined;
    const head = tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    const ref = refAt[head];
    if (!ref || !ref.entities.some((id) => reading.people.has(id))) return undefined;
    return coordinated(reading, head);
  }
  return undefined;
}
