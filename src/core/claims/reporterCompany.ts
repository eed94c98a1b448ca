import { isClauseMark, subjectEndingAt } from './readClause.ts';
import { SPEECH, type BlockReading } from './readReferences.ts';

/**
 * "Nadella, who runs Microsoft, wrote that Altman was joining his company", "Microsoft
 * announced that the pair were joining the company": inside what someone reports, "his company",
 * "the company" or "the firm" is the reporter's own organisation. The reporter is the subject of
 * the reporting verb: an organisation ("Microsoft said"), or a person whose organisation the
 * subject names and names alone ("Microsoft CEO Satya Nadella", "Nadella, who runs Microsoft,").
 */
const REPORTING_VERBS = new Set([
  ...SPEECH,
  ...[
    'stated',
    'states',
    'declared',
    'declares',
    'revealed',
    'reveals',
    'disclosed',
    'discloses',
    'noted',
    'known',
  ],
]);
/** The owner words before "company" or "firm" that may stand for the reporter's. */
const OWNER_WORDS = new Set(['the', 'his', 'her', 'their']);
const COMPANY_NOUNS = new Set(['company', 'firm']);
/** Verbs nobody does to their own company: after them "his company" is still the reporter's ("Altman was joining his company"). */
const JOIN_VERBS = new Set(['join', 'joins', 'joined', 'joining']);
/** How far a reporting verb may come before what it reports ("wrote on X that Altman … were joining"). */
const REPORT_REACH = 30;
/** How far before the reporter's name its organisation may stand ("Microsoft chief executive Satya Nadella"). */
const TITLE_REACH = 4;

/** The organisation "the company"/"his company" at `at` stands for, and where the words end. */
export function reporterCompanyAt(
  reading: BlockReading,
  at: number,
): { organisation: string; last: number } | undefined {
  const { tokens } = reading;
  const owner = tokens[at]?.lower ?? '';
  const worksFor = reporterAsEmployer(reading, at);
  if (worksFor) return worksFor;
  if (!OWNER_WORDS.has(owner) || !COMPANY_NOUNS.has(tokens[at + 1]?.lower ?? '')) return undefined;
  // "the company's board": the company's part, not the company.
  if (/^['’]/u.test(tokens[at + 2]?.text ?? '')) return undefined;
  const verb = reportingVerbBefore(reading, at);
  if (verb === undefined) return undefined;
  // "Nadella said Altman would keep working at his company": "his" is likelier Altman's own.
  if (owner !== 'the' && !JOIN_VERBS.has(lowerAt(reading, at - 1)) && personNamedBetween(reading, verb, at))
    return undefined;
  const organisation = reporterOrganisation(reading, verb, owner !== 'the');
  return organisation ? { organisation, last: at + 1 } : undefined;
}

/** The reporting verb whose report holds `at`, in its sentence. */
function reportingVerbBefore(reading: BlockReading, at: number): number | undefined {
  const sentence = reading.sentences[reading.sentenceOf[at]!]!;
  for (let k = at - 1; k >= Math.max(sentence.first, at - REPORT_REACH); k--) {
    if (reading.quoted[k] !== reading.quoted[at]) return undefined;
    if (REPORTING_VERBS.has(lowerAt(reading, k))) return k;
  }
  return undefined;
}

/** The lower-cased word at `k`. */
const lowerAt = (reading: BlockReading, k: number) => reading.tokens[k]?.lower ?? '';

/** A person is named after the reporting verb at `verb` and before `at`. */
function personNamedBetween(reading: BlockReading, verb: number, at: number): boolean {
  for (let k = verb + 1; k < at; k++)
    if (reading.refAt[k]?.entities.some((id) => reading.people.has(id))) return true;
  return false;
}

/** The one organisation the reporting verb's subject is, or names for the person it is. */
function reporterOrganisation(reading: BlockReading, verb: number, personal: boolean): string | undefined {
  // "made known that": the subject ends before "made".
  let end = lowerAt(reading, verb) === 'known' ? verb - 2 : verb - 1;
  // "Nadella, who runs Microsoft, publicly announced": the adverb is no part of the subject.
  while (end > 0 && !reading.refAt[end] && /^\p{Ll}+ly$/u.test(reading.tokens[end]!.text)) end--;
  const subject = subjectEndingAt(reading, end);
  if (!subject?.entities.length) return undefined;
  const organisations = subject.entities.filter((id) => !reading.people.has(id));
  if (organisations.length) return !personal && organisations.length === 1 ? organisations[0] : undefined;
  if (subject.entities.length !== 1) return undefined;
  // A person: the organisation their subject names, in a title before the name or a clause after it.
  const named = new Set<string>();
  const sentence = reading.sentences[reading.sentenceOf[verb]!]!;
  for (let k = Math.max(sentence.first, subject.first - TITLE_REACH); k < end; k++) {
    if (k < subject.first && isClauseMark(reading, k)) named.clear();
    const ref = reading.refAt[k];
    if (ref) for (const id of ref.entities) if (!reading.people.has(id)) named.add(id);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

/** Object pronouns that may stand for the reporter in "coming to work for him". */
const REPORTER_PRONOUNS = new Set(['him', 'her']);

/**
 * "Microsoft's Satya Nadella said Altman would be coming to work for him": after "for", "him" is the
 * reporter, and working for the reporter is working for the organisation the subject names them by.
 */
function reporterAsEmployer(
  reading: BlockReading,
  at: number,
): { organisation: string; last: number } | undefined {
  if (!REPORTER_PRONOUNS.has(lowerAt(reading, at)) || lowerAt(reading, at - 1) !== 'for') return undefined;
  const verb = reportingVerbBefore(reading, at);
  if (verb === undefined) return undefined;
  const organisation = reporterOrganisation(reading, verb, true);
  return organisation ? { organisation, last: at } : undefined;
}
