/**
 * A word that opens a label or a sentence as a modifier of the noun after it: "Reported investment:
 * $13bn", "Estimated valuation", "Combined stake", "Total headcount", "Latest valuation". Capitalised
 * only because it comes first, it is no company's name, so it makes the figure no other company's
 * ("Apple investment: $4bn" stays Apple's).
 */

/** Modifiers of what a value is or how it is known, in any register of a fact box or a chart. */
const MODIFIERS = new Set([
  ...['total', 'overall', 'current', 'latest', 'last', 'previous', 'prior', 'initial', 'original'],
  ...['first', 'new', 'further', 'additional', 'cumulative', 'combined', 'approximate', 'approx'],
  ...['estimated', 'est', 'reported', 'rumoured', 'rumored', 'implied', 'expected', 'projected'],
  ...['planned', 'pledged', 'promised', 'committed', 'announced', 'disclosed', 'confirmed', 'claimed'],
  ...['headline', 'gross', 'net', 'nominal', 'effective', 'official', 'unofficial', 'alleged'],
  ...['existing', 'remaining', 'outstanding', 'ongoing', 'pending', 'peak', 'record', 'annual'],
  ...['reportedly', 'roughly', 'about', 'around', 'approximately', 'nearly', 'some'],
  // The body's time or standing: "Future board:", "Old board: four", "Interim leadership", "Proposed stake".
  ...['future', 'former', 'old', 'outgoing', 'incoming', 'interim', 'proposed', 'expanded', 'enlarged'],
  ...['final', 'next', 'present', 'eventual', 'revised', 'updated', 'earlier', 'later'],
  // A move's direction opening a clause of speech or a label's value: "Up about 1% before the open", "Down 2%".
  ...['up', 'down', 'higher', 'lower', 'flat', 'just', 'only', 'almost', 'over', 'under', 'more', 'less'],
]);
/** A participle that describes a value ("Booked", "Raised", "Invested"), not a name that ends like one ("United"). */
const PARTICIPLE = /^\p{Lu}\p{Ll}{3,}ed$/u;
const NAMES_LIKE_PARTICIPLES = new Set(['united', 'limited', 'incorporated', 'unlimited', 'linked']);

/** The capitalised word (first in its sentence) modifies the noun after it, and names nothing. */
export function isOpeningModifier(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (MODIFIERS.has(lower)) return true;
  return PARTICIPLE.test(word) && !NAMES_LIKE_PARTICIPLES.has(lower);
}
