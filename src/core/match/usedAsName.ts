import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS } from '../text/determiners.ts';

/**
 * Whether a name that is also an ordinary English word ("Shear", "Thrive", "Will", "Mark") is used
 * as a name where it stands. Read from the words around it, as a reader does: "Mr Shear", "thrive's
 * stake", "shear is interim ceo" are names; "the shear force", "companies thrive when", "Will the
 * board resign?" are not.
 */

/** Titles before a surname: what follows is a name. */
const HONORIFIC = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame|Mister|Madam)\.?[\s\u00a0]+$/;

/** Words after which the word is a common noun, verb or adjective, never a name. */
const NOT_BEFORE_NAME = new Set(
  (
    'a an the this that these those my your his her its our their some any no every each another such what which ' +
    'i we you they he she it me us them one ' +
    'will would can could may might must shall should do does did to not never ' +
    'is am are was were be been being have has had ' +
    'very so too more most less least quite rather how much many few lot bit kind sort'
  ).split(' '),
);

/** Words that follow a name as its verb or as the next item of the sentence ("thrive led", "shear, who"). */
const AFTER_NAME = new Set(
  (
    'is was has had have said says say and or but who whose which that in on at for with from to as by ' +
    'would will could can did does didnt doesnt isnt wasnt hasnt wont himself herself itself ' +
    'told tells wrote writes posted posts tweeted tweets thinks thought wants wanted gets got goes went ' +
    'took takes made makes led leads ran runs joined joins left leaves quit quits backed backs also too though'
  ).split(' '),
);

/**
 * Words a lowercase name follows in informal writing: a preposition, a conjunction, a verb that
 * takes a person ("backed by thrive", "sam and shear", "told shear"). After any other word it is
 * that word's verb or complement ("startups thrive").
 */
const BEFORE_LOWERCASE_NAME = new Set(
  (
    'by with from at for of and or but nor like than vs versus about via including against over after before ' +
    'between among on in into onto without plus told asked said says called named hired fired joined backed ' +
    'thanks congrats re cc'
  ).split(' '),
);

const POSSESSIVE = /^['\u2019\u02bc]s(?![A-Za-z])/;
const WORD_BEFORE = /([A-Za-z'\u2019]+)[^A-Za-z0-9.!?\n]*$/;
const WORD_AFTER = /^[^A-Za-z0-9.!?\n]*([A-Za-z'\u2019]+)/;
/** Only space, opening quotes, brackets or a bullet between the word and the start of its sentence. */
const SENTENCE_START = /(?:^|[.!?:;\n\u2014]|\s[-\u2013\u2022*>])[\s\u00a0"'\u201c\u2018([]*$/;
/** How far back to look for where the sentence began. */
const LOOK_BACK = 300;

const plain = (word: string) => word.toLowerCase().replace(/['\u2019]/g, '');

/** Whether the word at `start`–`end` of `text` begins its sentence. */
export function startsSentence(text: string, start: number): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * Informal writing (a post, a forum reply, a chat line) does not capitalise its sentences: there a
 * lowercase name is how names are written.
 */
function informalSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LOOK_BACK), start);
  const boundary = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('? '),
    before.lastIndexOf('! '),
    before.lastIndexOf('\n'),
  );
  const first = /[A-Za-z]/.exec(before.slice(boundary + 1));
  return !first || first[0] === first[0].toLowerCase();
}

export function usedAsName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (HONORIFIC.test(before)) return true;
  const after = text.slice(end, end + 40);
  const previous = WORD_BEFORE.exec(before)?.[1];
  if (previous && NOT_BEFORE_NAME.has(plain(previous))) return false;
  if (POSSESSIVE.test(after)) return true;
  const next = WORD_AFTER.exec(after)?.[1];
  const nextIsNamesVerb =
    !next ||
    /^[^A-Za-z]*[,;:.!?)\u2014\u2013]/.test(after) ||
    AFTER_NAME.has(plain(next)) ||
    /^[a-z]+ed$/.test(next);
  const lower = text[start] === text[start]!.toLowerCase();
  if (lower)
    return (
      informalSentence(text, start) &&
      (!previous || /[,;:(]\s*$/.test(before) || BEFORE_LOWERCASE_NAME.has(plain(previous))) &&
      nextIsNamesVerb
    );
  // Capitalised: at the head of a sentence any word is, so only its verb tells ("Shear said", not "Shear stress").
  if (startsSentence(text, start)) return nextIsNamesVerb;
  // In a title-case headline or beside another capitalised word, the capital says nothing.
  if (previous && /^[A-Z]/.test(previous) && !/[,;:.!?(]/.test(before.slice(before.lastIndexOf(previous))))
    return false;
  return !(next && /^[A-Z]/.test(next) && !/^[^A-Za-z]*[,;:.!?)]/.test(after));
}

/** "the MS", "her MS": letters after a determiner are a thing, not a company ("that" is a conjunction as often). */
const DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...POSSESSIVE_DETERMINERS,
  ...DEMONSTRATIVES.filter((d) => d !== 'that'),
  'your',
]);

/** A name the dataset lists in capitals of two or three letters ("MS"): a short form other things share. */
export const isInitials = (alias: string): boolean => /^[A-Z]{2,3}$/.test(alias);

/** "Ms Lee", "MS Teams", "MS. LEE:": a name or a label after it makes it an honorific or a part of another name. */
const BEFORE_ANOTHER_NAME = /^(?:\s+[A-Z][a-z]|\.?\s+[A-Z][A-Za-z'\u2019-]*:)/;
/** "Jackson, MS 39201": a state in an address. */
const STATE_IN_ADDRESS = /[A-Z][a-z]+,\s+$/;
const ZIP_OR_LINE_END = /^(?:\s+\d{5}\b|\s*(?:\n|$))/;

/**
 * Whether a company's short form in capitals ("MS" for Microsoft) is used as that company's name
 * where it stands. Such letters stand for many things: the honorific, a state, a unit, a disease,
 * another company's ticker. The company's they are where they stand as an organisation does
 * ("join MS", "MS's influence", "MS shares") and the text gives them no other meaning: not after a
 * number ("200 MS") or a possessive ("her MS"), not before another name ("MS Teams", "MS. LEE:"),
 * not alone on a line (a ticker cell), and not where the text brings them in for something else
 * ("Morgan Stanley (MS)", "multiple sclerosis (MS)").
 */
export function usedAsInitials(text: string, start: number, end: number, introducedFor: RegExp): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (BEFORE_ANOTHER_NAME.test(after)) return false;
  if (/\d[\s\u00a0]*$/.test(before)) return false;
  const previous = WORD_BEFORE.exec(before)?.[1];
  if (previous && DETERMINERS.has(plain(previous)) && /[A-Za-z'\u2019][\s\u00a0]+$/.test(before))
    return false;
  if (STATE_IN_ADDRESS.test(before) && ZIP_OR_LINE_END.test(after)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (!/[A-Za-z]/.test(text.slice(lineStart, start) + text.slice(end, lineEnd < 0 ? text.length : lineEnd)))
    return false;
  // "Morgan Stanley (MS)": wherever the text brings the letters in, they must follow the company's name.
  const letters = text.slice(start, end);
  for (let at = text.indexOf(`(${letters})`); at >= 0; at = text.indexOf(`(${letters})`, at + 1))
    if (!introducedFor.test(text.slice(Math.max(0, at - 60), at))) return false;
  return true;
}
