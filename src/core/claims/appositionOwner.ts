import { MONTH_NAMES } from '../text/months.ts';

/** A capitalised word and a comma at the end of the words before: "Acme, a company of 770". */
const CAPITALISED_BEFORE_COMMA = /(?<![\p{L}\p{N}&.'’-])(\p{Lu}[\p{L}\p{N}&.'’-]*),\s*$/u;
/** Months, weekdays and seasons: a time, not a name ("In November, a company of 770…"). */
const TIME_WORD = new RegExp(
  `^(?:(?:${MONTH_NAMES})\\.?|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Spring|Summer|Autumn|Fall|Winter|Christmas|Thanksgiving|Easter)$`,
  'i',
);
/** Words that open a sentence or clause with a capital and name nothing ("Then, a company of 770…"). */
const OPENING_WORDS = new Set([
  ...['then', 'now', 'meanwhile', 'yesterday', 'today', 'tonight', 'tomorrow', 'still', 'however', 'instead'],
  ...['later', 'earlier', 'overnight', 'soon', 'again', 'also', 'indeed', 'yet', 'afterwards', 'afterward'],
  ...['suddenly', 'briefly', 'finally', 'eventually', 'initially', 'originally', 'once', 'there', 'here'],
  ...['so', 'and', 'but', 'thus', 'hence', 'besides', 'moreover', 'nevertheless', 'nonetheless', 'otherwise'],
  ...['remember', 'look', 'yes', 'no', 'well', 'sure', 'true', 'worse', 'better', 'first', 'second', 'last'],
]);
/** A preposition before the capitalised word: a time or place adjunct ("By Monday,", "In Washington,"). */
const PREPOSITION_BEFORE =
  /\b(?:in|on|at|by|during|since|until|till|after|before|from|for|through|throughout|across|within|inside|outside|near|over|under|around|of|to)\s+(?:the\s+|early\s+|late\s+|mid-)?$/i;

/** A capitalised word at the end of a string: one of the first words of a name ("San " of "San Francisco"). */
const NAME_WORD_AT_END = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.'’-]*\s+$/u;

/**
 * The words before an indefinite company ("…, a company of 770") end in a name it is set off after:
 * "Acme, a company of 770" is Acme's, a company the page may not know. A month, a weekday, a sentence
 * opener ("Then,", "Meanwhile,") or the object of a preposition ("In November,", "By Monday,", "In
 * Washington,") is no name the company stands beside: the company there is still the page's own.
 */
export function apposedToName(before: string): boolean {
  const m = CAPITALISED_BEFORE_COMMA.exec(before);
  if (!m) return false;
  const word = m[1]!;
  if (TIME_WORD.test(word) || OPENING_WORDS.has(word.toLowerCase())) return false;
  // "In San Francisco,": the name's earlier words go with it.
  let head = before.slice(0, m.index);
  for (let words = 0; words < 3 && !PREPOSITION_BEFORE.test(head); words++) {
    const name = NAME_WORD_AT_END.exec(head);
    if (!name) break;
    head = head.slice(0, name.index);
  }
  return !PREPOSITION_BEFORE.test(head);
}

/**
 * After the count and its noun, the company is given a name the page may not know: "a company of 300
 * people called Acme", "a start-up of 60 staff named Lumina", "a firm of 40, known as Quill". Such a
 * company is that one, not the page's own.
 */
const NAMED_AFTER = /^(?:\s+[\p{L}-]+){0,2}?,?\s+(?:called|named|known\s+as)\s+\p{Lu}/u;

/** The words after an indefinite company's count name it ("…of 300 people called Acme"). */
export const namedAfterCount = (after: string): boolean => NAMED_AFTER.test(after);
