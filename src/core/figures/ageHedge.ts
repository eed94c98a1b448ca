/*
 * An age a reporter hedges or times with a word before it: "Sam Altman, just 38,", "Summers, now 68,",
 * "D'Angelo, then 39,", "Altman is only 38", "Taylor, still only 43,", "Altman, barely 38,", "the
 * founder, a mere 38,". The word says how the reporter sees the age, not what it counts, so the number
 * is read as it would be without it. A qualifier of size ("just over 38", "almost 40") is no such word:
 * it stays the figure's own.
 */

/** A hedge or time word right before an age (maybe two: "still only", "not yet"). */
const AGE_HEDGE_TAIL =
  /(?<=[,\s—–])(?:(?:still|now|then|not|yet|aged?|all)\s+)?(?:just|only|barely|merely|still|now|then|aged?|yet|all\s+of|a\s+mere|a\s+youthful|a\s+tender)\s+$/i;

/**
 * The space before an age, however laid out: a page's line break or indent after the comma ("Sam Altman,
 * \n38.", where the HTML broke the line) is the one space the age patterns read.
 */
const SPACE_RUN_AT_END = /\s+$/;

/**
 * The words before an age with a hedge at their end cut ("Sam Altman, just " reads "Sam Altman, ") and
 * the space before the number read as one.
 */
export const withoutAgeHedge = (before: string): string =>
  before.replace(AGE_HEDGE_TAIL, '').replace(SPACE_RUN_AT_END, ' ');
