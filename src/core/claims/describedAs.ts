import { verbForms } from '../text/inflectVerb.ts';
import { subjectEndingAt, verbGroup } from './readClause.ts';
import type { BlockReading } from './readReferences.ts';

/*
 * "The letter described him as removed from the board", "a filing listed Altman as hired by
 * Microsoft": after a verb of describing, its object, then "as", a passive participle is what the
 * object underwent, reported as "said he had been removed" reports it. The describing verb's own
 * clause is the one judged (a denial or a question before it states nothing).
 */

/** Verbs that describe someone "as" something. */
const DESCRIBING = new Set(
  [
    ...['describe', 'characterise', 'characterize', 'list', 'portray', 'depict', 'identify', 'present'],
    ...['report', 'show', 'cast', 'label', 'mention', 'record'],
  ].flatMap((lemma) => verbForms(lemma)),
);

/** The person described when `before` is the "as" after a describing verb's object. */
export function describedAsSubject(
  reading: BlockReading,
  before: number,
): { first: number; entities: string[] } | undefined {
  const { tokens, refAt, sentenceOf } = reading;
  if (tokens[before]?.lower !== 'as') return undefined;
  const object = refAt[before - 1];
  if (!object || object.last !== before - 1 || !object.entities.some((id) => reading.people.has(id)))
    return undefined;
  // "referred to Brockman as …": the verb and its preposition.
  let verb = object.first - 1;
  if (tokens[verb]?.lower === 'to' && /^refer(?:s|red|ring)?$/.test(tokens[verb - 1]?.lower ?? '')) verb--;
  else if (!DESCRIBING.has(tokens[verb]?.lower ?? '')) return undefined;
  if (sentenceOf[verb] !== sentenceOf[before]) return undefined;
  // "did not describe him as removed", "would have described him so": the description is not made.
  const group = verbGroup(reading, verb);
  if (group.negated || group.possibility || group.would) return undefined;
  return subjectEndingAt(reading, before - 1);
}
