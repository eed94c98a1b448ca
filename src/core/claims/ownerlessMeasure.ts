/**
 * Measures that are no claim's figure whatever the words around them say: a vote tally or score
 * ("voted 6-1", "gave the vote as 5-2", "a 4-3 split", "carried 7 to 2") counts votes, not the members
 * of a board; an amount in a currency none of the claims are reported in, with no conversion
 * ("30 billion yen", "12bn yuan", "500 crore rupees"), is that currency's, not a dollar claim's.
 */

/** "6-1", "5–2", "4 - 3" after the first number: a second, no larger number joined by a dash. */
const DASHED_SECOND_AFTER = /^\s?[-–—]\s?(\d{1,2})(?!\d|[.,]\d|[-–—]\d|\s?%)/;
/** "7 to 2", "by 4 votes to 3": the "to" form, a tally only beside a vote word. */
const TO_SECOND_AFTER = /^\s+(?:votes?\s+)?to\s+(\d{1,2})(?!\d|[.,]\d|\s?%)/;
/** "5-2", "5 to 2" before the figure: the figure is a tally's second number. */
const FIRST_BEFORE = /(?<![\d.,])(\d{1,2})(?:\s?[-–—]\s?|\s+(?:votes?\s+)?to\s+)$/;
/** Words of voting or a split decision in the figure's clause. */
const VOTE_WORDS =
  /\b(?:vot(?:e|es|ed|ing)|ballot|tally|margin|split|majority|ruling|decision|carried|passed|approved|rejected|upheld)\b/i;
/** The figure's number as digits; a tally's first number is never a word number. */
const DIGITS = /^\d{1,2}$/;

/**
 * The count at `figure` ("5" of "5-2") is the first number of a tally: a dash and a smaller or equal
 * number follow (a range runs upward, "5-7"), or "to" and one follow beside a vote word. Or it is the
 * second number ("2" of "5-2", "5 to 2").
 */
export function isVoteTally(
  text: string,
  figure: { start: number; end: number },
  clauseStart: number,
): boolean {
  const first = text.slice(figure.start, figure.end).trim();
  if (!DIGITS.test(first)) return false;
  const voted = () => VOTE_WORDS.test(text.slice(Math.max(clauseStart, figure.start - 60), figure.end + 30));
  // "voted 5 to 2": the second number, no larger than the first.
  const before = FIRST_BEFORE.exec(text.slice(Math.max(clauseStart, figure.start - 12), figure.start));
  if (before && Number(before[1]) >= Number(first) && (/[-–—]\s?$/.test(before[0]) || voted())) return true;
  const after = text.slice(figure.end, figure.end + 16);
  const dashed = DASHED_SECOND_AFTER.exec(after);
  if (dashed) return Number(dashed[1]) <= Number(first);
  const to = TO_SECOND_AFTER.exec(after);
  return to !== null && Number(to[1]) <= Number(first) && voted();
}

/**
 * Currencies named in words after an amount that no claim of ours is reported in. Dollars, euros and
 * pounds are left out: a page may give a dollar claim converted into them.
 */
const FOREIGN_CURRENCY_AFTER =
  /^\s*(?:yen|yuan|renminbi|rmb|won|rupees?|crore|lakh|roubles?|rubles?|francs?|kronor|krona|kroner|krone|zloty|forint|pesos?|reais|lira|liras|rand|ringgit|baht|rupiah|dinars?|dirhams?|riyals?|shekels?|naira|hryvnias?)\b/i;
/** Currency signs before an amount of the same family: "¥30bn", "₹500 crore", "₩1tn", "CHF 2bn". */
const FOREIGN_CURRENCY_BEFORE =
  /(?:[¥₹₩₽₺₪₦]|\b(?:JPY|CNY|RMB|INR|KRW|CHF|SEK|NOK|DKK|RUB|BRL|MXN|ZAR|TRY)\s?)$/;

/** The amount at `figure` is in a currency none of the claims are reported in. */
export function inForeignCurrency(text: string, figure: { start: number; end: number }): boolean {
  // "$13 billion won it a seat": a dollar sign settles the currency.
  if (/[$€£]/.test(text.slice(figure.start, figure.end))) return false;
  return (
    FOREIGN_CURRENCY_AFTER.test(text.slice(figure.end, figure.end + 30)) ||
    FOREIGN_CURRENCY_BEFORE.test(text.slice(Math.max(0, figure.start - 4), figure.start))
  );
}
