import type { BlockReading } from './readReferences.ts';
import { coordinated } from './readClause.ts';

/**
 * "The co-founder whom OpenAI's directors sent packing last Friday is coming back", "the director who
 * voted him out now regrets it": a verb after a relative clause has the clause's head as its subject,
 * whatever the clause names inside it. `before` is the token before the verb group.
 * The relative may be "that" or none at all (a contact clause): "the chief executive they fired has
 * returned", "The boss OpenAI sacked is back", "the CEO that the board ousted now runs it again",
 * "the co-founder his own board had pushed out was back at his desk".
 */

/** How many tokens a relative clause may take between its head and the verb after it. */
const RELATIVE_REACH = 12;
/** Relatives on a person. */
const PERSON_RELATIVES = new Set(['whom', 'who']);
/** Marks a relative clause does not run across. */
const CLAUSE_BREAKS = /^[.;:!?—–()"“”]$/;
/** Words a contact clause's own subject opens with ("the chief executive [they] fired"). */
const INNER_SUBJECT_OPENERS = new Set(['they', 'he', 'she', 'we', 'i', 'you']);
/** Determiners that open a contact clause's subject ("the chief executive [the board] fired"). */
const INNER_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);
/**
 * What may stand before a contact clause's head: nothing (the clause opens the sentence), a
 * conjunction or a subordinator. After a verb or a preposition ("told the chief executive they
 * fired…") the head is an object and the words after it may be a new clause.
 */
const HEAD_OPENERS = new Set([
  ...['and', 'but', 'so', 'yet', 'now', 'then', 'when', 'after', 'as', 'because', 'while', 'since'],
  ...['once', 'before', 'until', 'if', 'though', 'although', 'later', 'today', 'yesterday', 'tonight'],
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...[',', ';', ':', '—', '–', '"', '“', "'", '‘'],
]);
/** A verb in a contact clause: a past form ("fired", "thrown", "sent", "threw"). */
const PAST_VERB =
  /^(?:\p{L}+(?:ed|en|wn)|threw|sent|put|let|cast|drove|made|chose|got|gave|brought|beat|cut|kept|lost|fought|sought|hit|ran|told|led|forced|hired)$/u;

export function relativeClauseHead(
  reading: BlockReading,
  before: number,
): { first: number; entities: string[] } | undefined {
  const { tokens, sentenceOf, refAt } = reading;
  // The clause may close with a comma ("Altman, whom the board fired, is back").
  const end = tokens[before]?.text === ',' ? before - 1 : before;
  let verb = false;
  for (let k = end; k > end - RELATIVE_REACH && k > 0 && sentenceOf[k] === sentenceOf[before]; k--) {
    const token = tokens[k]!;
    if (CLAUSE_BREAKS.test(token.text) || token.text === ',') return undefined;
    if (!refAt[k] && PAST_VERB.test(token.lower)) verb = true;
    if (end === before && k < end && (verb || token.lower === 'that')) {
      const contact = contactClauseHead(reading, k);
      if (contact) return contact;
    }
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

/**
 * A description of a person ending right before `k`, where `k` opens a relative clause with "that"
 * or with its own subject, and the description opens its clause.
 */
function contactClauseHead(
  reading: BlockReading,
  k: number,
): { first: number; entities: string[] } | undefined {
  const { tokens, refAt, sentenceOf } = reading;
  const head = refAt[k - 1];
  if (!head || head.last !== k - 1 || !head.description || head === refAt[k]) return undefined;
  if (!head.entities.some((id) => reading.people.has(id))) return undefined;
  const opener = tokens[k]!;
  const namedSubject = refAt[k]?.first === k;
  const opens =
    opener.lower === 'that' ||
    namedSubject ||
    INNER_SUBJECT_OPENERS.has(opener.lower) ||
    INNER_DETERMINERS.has(opener.lower);
  if (!opens) return undefined;
  const previous =
    head.first > 0 && sentenceOf[head.first - 1] === sentenceOf[k] ? tokens[head.first - 1] : undefined;
  if (previous && !HEAD_OPENERS.has(previous.lower)) return undefined;
  return coordinated(reading, k - 1);
}

/** Prepositions whose object a relative clause may hold ("who had voted against Altman"). */
const CLAUSE_PREPOSITIONS = new Set([
  'against',
  'for',
  'with',
  'to',
  'from',
  'of',
  'on',
  'over',
  'alongside',
]);

/**
 * "A director who had voted against Altman later apologised": the name right before the verb is a
 * preposition's object inside a relative clause, so the verb's subject is the clause's head. A name
 * that is no preposition's object ("the director who said Altman apologised") keeps the verb.
 */
export function headPastClauseObject(
  reading: BlockReading,
  subject: { first: number; entities: string[] },
  before: number,
): { first: number; entities: string[] } {
  if (!CLAUSE_PREPOSITIONS.has(reading.tokens[subject.first - 1]?.lower ?? '')) return subject;
  return relativeClauseHead(reading, before) ?? subject;
}
