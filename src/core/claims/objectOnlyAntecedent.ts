import type { Token } from '../text/tokenize.ts';
import type { Reference } from './readReferences.ts';

/*
 * "When OpenAI's board pushed out Sam Altman, it tried to keep Greg Brockman. He walked out
 * instead.", "The company fired its chief executive and demoted its president, Greg Brockman. He
 * quit hours later.": where the sentence before names people only as objects (its subject is a
 * company, a board, "it", "they"), a "he" after it has no subject to continue; the first person
 * named is no likelier than the last. Each of them is an alternative, and the claim's act decides
 * (pageReference.ts): the one of them it is about, if exactly one is.
 * A person named as a subject anywhere in the sentence ("Altman said the board had fired Brockman",
 * "after Altman left, Brockman quit") keeps the subject reading.
 */

/** Words after which a name opens a clause as its subject. */
const SUBJECT_PLACES = new Set([
  ...['and', 'but', 'or', 'nor', 'so', 'yet', 'then', 'that', 'when', 'after', 'as', 'because', 'while'],
  ...['since', 'once', 'before', 'until', 'if', 'though', 'although', 'whereas', 'where', 'whom', 'who'],
  ...['said', 'says', 'say', 'told', 'believes', 'thinks', 'thought', 'argued', 'added', 'wrote'],
  // A fronted time ("On Monday Greg Brockman joined…", "Late Sunday Ilya Sutskever…", "Hours later Brockman…").
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday'],
  ...[
    'later',
    'earlier',
    'late',
    'early',
    'overnight',
    'morning',
    'afternoon',
    'evening',
    'night',
    'weekend',
  ],
]);
/** Words of a title written before a name ("OpenAI president Greg Brockman"): the name may still be a subject. */
const TITLE_WORDS = new Set([
  ...['chief', 'scientist', 'executive', 'technology', 'officer', 'president', 'chairman', 'chair'],
  ...['co-founder', 'cofounder', 'founder', 'director', 'ceo', 'cto', 'member', 'former', 'interim'],
  ...['boss', 'investor', 'researcher', 'engineer', 'mr', 'mrs', 'ms', 'dr'],
]);

/**
 * The people the tokens [from, to] name, each once, when two or more fit and every one of them is
 * named where an object stands (after a verb or a preposition); else undefined.
 */
export function objectOnlyPeople(
  tokens: Token[],
  refAt: Array<Reference | undefined>,
  from: number,
  to: number,
  isPerson: (id: string) => boolean,
): string[] | undefined {
  const people: string[] = [];
  for (let i = from; i <= to; i++) {
    const ref = refAt[i];
    if (!ref || ref.first !== i) continue;
    const ids = ref.entities.filter(isPerson);
    if (!ids.length) continue;
    if (ref.conditional || ref.alternatives) return undefined;
    let k = i - 1;
    while (k >= from && (TITLE_WORDS.has(tokens[k]!.lower) || refAt[k])) {
      // "OpenAI president Greg Brockman": the organisation's name and a title before the name.
      if (refAt[k]) k = refAt[k]!.first;
      k--;
    }
    const before = tokens[k];
    // A subject's place: the sentence's start, a clause mark or a word that opens a clause.
    if (k < from || !before!.isWord || SUBJECT_PLACES.has(before!.lower)) return undefined;
    // "Altman's ouster": a possessor is no object.
    const after = tokens[ref.last + 1];
    if (after && (after.lower === "'s" || after.lower === '’s')) return undefined;
    for (const id of ids) if (!people.includes(id)) people.push(id);
  }
  return people.length >= 2 ? people : undefined;
}
