/*
 * A listed company's worth, told to size a share move: "Up about 1% is a modest move for a company worth
 * well over $2 trillion", "a big swing for a firm valued at $3tn", "shares of a group worth $2.8 trillion
 * slipped 0.5%". An indefinite "a company worth …" governed by a preposition describes whoever the clause
 * is about; where that clause speaks of shares or a move in per cent, it is the company whose shares move,
 * and no valuation of a company without shares. "OpenAI, a company worth $86bn" (an apposition) and
 * "OpenAI is a company worth $86bn" (a predicate) name their company, and stay.
 */

/** "for a company worth", "of a tech giant valued at": a preposition, an indefinite company, its worth. */
const INDEFINITE_WORTH_END =
  /\b(?:for|of|by|in|at|on|to|from|with)\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:company|firm|group|business|giant|corporation|conglomerate|behemoth|heavyweight|stock)\s+(?:(?:now|already|still|currently)\s+)?(?:worth|valued\s+at)\s+$/iu;
/** The clause speaks of a listed company's shares: share words, or a move in per cent. */
const SHARE_MOVE =
  /\b(?:shares?|stocks?|share\s+price|stock\s+price|market\s+(?:value|cap\w*))\b|\d\s?(?:%|percent\b|per\s+cent\b)/i;

/** The figure ending `before` (its sentence up to it) is the worth of the listed company whose shares move. */
export function isListedCompanyWorth(before: string): boolean {
  const m = INDEFINITE_WORTH_END.exec(before);
  return m !== null && SHARE_MOVE.test(before.slice(0, m.index));
}
