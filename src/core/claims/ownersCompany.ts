import type { Token } from '../text/tokenize.ts';
import type { Reference } from './readReferences.ts';

/** Nouns for the organisation a person works for ("his company", "her firm", "his employer"). */
const COMPANY_NOUNS = new Set(['company', 'firm', 'employer']);
/** Possessive pronouns that may own it. */
const OWNER_PRONOUNS = new Set(['his', 'her']);
/** Words of a post written with an organisation ("Microsoft chief executive", "chief executive of Microsoft"). */
const POST_WORDS = new Set([
  ...['chief', 'executive', 'ceo', 'boss', 'president', 'chairman', 'chair', 'chairwoman', 'head', 'founder'],
  ...['co-founder', 'cofounder', 'leader', 'director', 'officer', 'operating', 'technology', 'financial'],
  ...['managing', 'general', 'counsel', 'spokesman', 'spokeswoman', 'spokesperson', 'vice', 'senior'],
  ...['the', 'deputy', 'top', 'c.e.o.', 'md'],
]);
/** Verbs nobody does to their own company: before "his company" only they make it the owner's firm for someone else. */
const JOIN_WORDS = new Set(['join', 'joins', 'joined', 'joining']);
/** Movement words before "to his company" ("were coming over to", "were headed to"). */
const MOVE_WORDS = new Set([
  'coming',
  'come',
  'came',
  'comes',
  'over',
  'headed',
  'heading',
  'moving',
  'move',
  'moved',
]);
/** How many post words may stand between a person and their organisation. */
const POST_REACH = 5;

/**
 * "Microsoft's Satya Nadella declared that Altman and Brockman were coming over to his company",
 * "Satya Nadella, chief executive of Microsoft, said they would be joining his company": "his company"
 * is the organisation the same sentence ties its owner to: "O's P", "O <post> P", "P, <post> of/at O"
 * or "P, O's <post>". Given the pronoun at `i` (already read as `person`, whose reference starts at
 * `personFirst`), the organisation, or undefined when the sentence ties the owner to none, to two, or
 * names another organisation between the owner and the pronoun (his own other firm stays unread).
 */
export function ownersCompany(
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  isOrganisation: (id: string) => boolean,
  sentenceFirst: number,
  i: number,
  person: string,
): string | undefined {
  if (!OWNER_PRONOUNS.has(tokens[i]?.lower ?? '') || !COMPANY_NOUNS.has(tokens[i + 1]?.lower ?? ''))
    return undefined;
  // "his own company", "his company's": the noun is the owner's firm itself, written bare.
  if (tokens[i + 2]?.lower === "'s") return undefined;
  // "Nadella said Altman would keep working at his company": "his" may be Altman's own; only joining or
  // moving to it rules that out (statementReporterCompany's near-misses).
  const lead = tokens[i - 1]?.lower ?? '';
  if (!JOIN_WORDS.has(lead) && !(lead === 'to' && MOVE_WORDS.has(tokens[i - 2]?.lower ?? '')))
    return undefined;
  const organisationAt = (k: number): string | undefined => {
    const ref = refAt[k];
    const id = ref && !ref.conditional && ref.entities.length === 1 ? ref.entities[0]! : undefined;
    return id && isOrganisation(id) ? id : undefined;
  };
  // The owner's reference in this sentence, before the pronoun.
  let first = -1;
  let last = -1;
  for (let k = sentenceFirst; k < i; k++) {
    const ref = refAt[k];
    if (ref && !ref.description && ref.entities.length === 1 && ref.entities[0] === person) {
      first = ref.first;
      last = ref.last;
      break;
    }
  }
  if (first < 0) return undefined;
  const tied = new Set<string>();
  // A post word, or one of a post already read as the owner ("Microsoft's chief executive, Satya Nadella").
  const isPostWord = (k: number) => {
    const ref = refAt[k];
    if (ref) return !!ref.description && ref.entities.length === 1 && ref.entities[0] === person;
    return POST_WORDS.has(tokens[k]!.lower) || tokens[k]!.lower === 'and';
  };
  // Before the owner: "Microsoft's Satya Nadella", "Microsoft chief executive Satya Nadella",
  // "Microsoft's chief executive, Satya Nadella,".
  let k = first - 1;
  if (tokens[k]?.text === ',') k--;
  const postEnd = k;
  while (k >= sentenceFirst && k > postEnd - POST_REACH && isPostWord(k)) k--;
  const posts = postEnd - k;
  if (tokens[k]?.lower === "'s") k--;
  const before = organisationAt(k);
  // The organisation written right before the name is its owner's only with a post or "'s" between
  // ("Microsoft's Nadella"); after a comma, only with a post ("OpenAI, Satya Nadella" is a list).
  if (
    before &&
    (tokens[first - 1]?.text === ',' ? posts > 0 : posts > 0 || tokens[first - 1]?.lower === "'s")
  )
    tied.add(before);
  // After the owner: "Satya Nadella of Microsoft", "Satya Nadella, chief executive of Microsoft,",
  // "Satya Nadella, Microsoft's chief executive,", "Satya Nadella, the Microsoft chief,".
  let m = last + 1;
  const comma = tokens[m]?.text === ',';
  if (comma) m++;
  const postStart = m;
  while (m < i && m < postStart + POST_REACH && isPostWord(m)) m++;
  const of = tokens[m]?.lower === 'of' || tokens[m]?.lower === 'at';
  if (of && (m > postStart || !comma)) {
    const id = organisationAt(m + 1);
    if (id) tied.add(id);
  } else if (comma) {
    const id = organisationAt(m);
    const after = id ? refAt[m]!.last + 1 : -1;
    if (
      id &&
      (tokens[after]?.lower === "'s" || (after < i && isPostWord(after) && tokens[after]!.lower !== 'and'))
    )
      tied.add(id);
  }
  if (tied.size !== 1) return undefined;
  const [organisation] = tied;
  // Another organisation named between the owner and the pronoun may be the one meant.
  for (let m = last + 1; m < i; m++) {
    const id = organisationAt(m);
    if (id && id !== organisation) return undefined;
  }
  return organisation;
}
