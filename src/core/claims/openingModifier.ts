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
  ...['just', 'only', 'almost', 'over', 'under', 'more', 'less'],
  // "Largest investor: Microsoft ($13bn)", "Biggest backer", "Newest directors": a rank among others.
  ...['largest', 'biggest', 'greatest', 'highest', 'lowest', 'smallest', 'earliest', 'newest', 'oldest'],
  ...['richest', 'strongest', 'closest', 'longest', 'fastest', 'heaviest', 'deepest', 'best', 'worst'],
]);
/**
 * The body's time or standing, before a label's colon: "Future board: nine", "Old board: four",
 * "Interim leadership:". Opening a sentence they may be a name ("Next shares rose 2%": Next plc).
 */
const LABEL_MODIFIERS = new Set([
  ...['future', 'former', 'old', 'outgoing', 'incoming', 'interim', 'proposed', 'expanded', 'enlarged'],
  ...['final', 'next', 'present', 'eventual', 'revised', 'updated', 'earlier', 'later'],
  // "Top investor:", "Main backer:", "Lead shareholder:": opening a sentence they may be a name ("Top Glove").
  ...['top', 'main', 'lead', 'leading', 'chief', 'principal', 'major', 'key', 'primary', 'sole', 'single'],
]);
/** Up to three words, then the label's colon. */
const LABEL_COLON_AFTER = /^(?:[\s-]+[\p{L}\p{N}'’&-]+){0,3}\s*:/u;
/**
 * A move's direction opening an elliptical answer: "Up about 1% before the open", "Down 2%". Its owner
 * is the question's subject ("Microsoft stock? Up about 1%"), which detectFigureClaims judges.
 */
const DIRECTIONS = new Set(['up', 'down', 'higher', 'lower', 'flat']);

/** The word opening its sentence is a direction word: the clause is an answer or a label's value. */
export function isDirectionWord(word: string): boolean {
  return DIRECTIONS.has(word.toLowerCase());
}
/** A participle that describes a value ("Booked", "Raised", "Invested"), not a name that ends like one ("United"). */
const PARTICIPLE = /^\p{Lu}\p{Ll}{3,}ed$/u;
const NAMES_LIKE_PARTICIPLES = new Set(['united', 'limited', 'incorporated', 'unlimited', 'linked']);

/** The capitalised word (first in its sentence) modifies the noun after it, and names nothing. */
export function isOpeningModifier(word: string, after = ''): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (MODIFIERS.has(lower)) return true;
  if (LABEL_MODIFIERS.has(lower)) return LABEL_COLON_AFTER.test(after);
  return PARTICIPLE.test(word) && !NAMES_LIKE_PARTICIPLES.has(lower);
}
