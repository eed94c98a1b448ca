import type { NameHit } from '../match/findNames.ts';

/** Two capitalised words in a row ("Tim Cook", "Mr Cook", "Dan Ives"): how a person's name is written. */
const CAPITALISED_PAIR = /\b(?:(?:Mr|Mrs|Ms|Dr|Prof)\.|\p{Lu}\p{Ll}+(?:[’'-]\p{L}+)?)[^\S\n]+\p{Lu}\p{Ll}+/gu;
/** Words that open a sentence after a capitalised one and name no one ("Right. He", "Then She"). */
const NOT_SURNAME = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'his',
  'her',
  'their',
  'its',
  'the',
  'this',
  'that',
]);

/** Words that open a sentence or a phrase before a capitalised word, not a first name ("On Monday", "By Friday"). */
const NOT_FIRST_NAME = new Set([
  ...['the', 'a', 'an', 'on', 'in', 'by', 'at', 'for', 'of', 'to', 'from', 'with', 'without', 'within'],
  ...['last', 'next', 'this', 'that', 'these', 'those', 'and', 'but', 'or', 'then', 'when', 'after'],
  ...['before', 'since', 'until', 'during', 'meanwhile', 'still', 'yet', 'so', 'his', 'her', 'their'],
  ...['its', 'our', 'my', 'your', 'if', 'as', 'while', 'once', 'early', 'late', 'later', 'earlier', 'over'],
  ...['under', 'across', 'inside', 'outside', 'around', 'among', 'between', 'through', 'like', 'unlike'],
  ...['also', 'even', 'only', 'just', 'now', 'here', 'there', 'why', 'what', 'who', 'how', 'where', 'which'],
  ...['every', 'each', 'all', 'some', 'most', 'many', 'no', 'not', 'since', 'about', 'into', 'onto', 'via'],
]);
/** Days and months: "Black Friday", "Early November" name no one. */
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/**
 * Where a text first names someone the dataset does not know ("Apple's Tim Cook", "said analyst Dan
 * Ives"): a pronoun after it may be theirs, so it cannot reach back to the page's people. -1 if nowhere.
 * Names the dataset knows are skipped; a capitalised pair that overlaps one is part of it.
 */
/** Words that make a capitalised pair a person for sure: a title before it, a report or a "who" after it. */
const PERSON_BEFORE =
  /(?:\b(?:president|executive|chief|ceo|analyst|director|founder|co-founder|chairman|chairwoman|chair|minister|professor|secretary|boss|spokesman|spokeswoman|spokesperson|head|manager|investor|trustee|coach|principal|dean|chancellor|rector|provost|superintendent|governor|senator|mayor)|[’']s)\s+$/i;
const PERSON_AFTER = /^,?\s+(?:said|says|told|tells|wrote|writes|added|who|whose)\b/;

export function strangerNameAt(
  text: string,
  names: ReadonlyArray<Pick<NameHit, 'start' | 'end'>>,
  surelyPerson = false,
): number {
  CAPITALISED_PAIR.lastIndex = 0;
  for (let m = CAPITALISED_PAIR.exec(text); m; m = CAPITALISED_PAIR.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const [first, second] = m[0].toLowerCase().split(/\s+/) as [string, string];
    const nameLike = !NOT_FIRST_NAME.has(first) && !CALENDAR.test(second) && !NOT_SURNAME.has(second);
    const person =
      !surelyPerson ||
      /^(?:mr|mrs|ms|dr|prof)\./.test(first) ||
      PERSON_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
      PERSON_AFTER.test(text.slice(end, end + 12));
    if (nameLike && person && !names.some((n) => n.start < end && start < n.end)) return start;
    // A known name may be followed by a capitalised word of its own ("Altman Returns"): look on from its second word.
    CAPITALISED_PAIR.lastIndex = start + m[0].search(/\s/) + 1;
  }
  return -1;
}
