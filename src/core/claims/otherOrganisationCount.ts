/*
 * Another organisation's size, said as a compound before its noun: "the chief of a 40-employee
 * translation start-up", "CTO of a 25-person Nairobi insurtech", "who runs a 12-strong design agency",
 * "at a 300-worker plant". A source's own workplace, introduced by "of", "at", "for", "from" or a verb of
 * running it, is no story group: the story's company is named, not described by its size after a
 * preposition ("OpenAI, a 770-person company" keeps its count: described, not introduced).
 */

/** The unit of the compound: people of some kind, or "-strong". */
const SIZE_UNIT = '(?:person|people|employee|staff|staffer|worker|strong|man|woman|member|seat)';
/** Nouns of an organisation that is not a board (a "three-member board" is the story's board-size). */
const ORGANISATION_NOUN =
  '(?:company|firm|start-?up|startup|business|agency|consultancy|practice|studio|shop|outfit|maker|developer|provider|supplier|retailer|lender|bank|insurer|insurtech|fintech|edtech|healthtech|medtech|proptech|legal-?tech|plant|factory|newsroom|charity|nonprofit|non-profit|school|clinic|hospital|family\\s+business|venture|company)';
/** The compound runs from the figure to an organisation's noun, a few modifiers between. */
const COMPOUND_AFTER = new RegExp(
  `^[-‐‑]${SIZE_UNIT}\\s+(?:[\\p{L}'’&-]+\\s+){0,3}?${ORGANISATION_NOUN}s?\\b`,
  'iu',
);
/** How COMPOUND_AFTER starts. */
const COMPOUND_START = /^[-‐‑]/;
/** What introduces that organisation: a preposition or a verb of running or founding, then "a". */
const INTRODUCED_BEFORE =
  /\b(?:of|at|for|from|with|in|runs?|running|ran|founded|co-founded|started|owns?|owned|heads?|headed|leads?|led|manages?|managed|joined)\s+(?:a|an|one|another|his|her|their|my|our)\s+(?:(?:small|tiny|young|local|rival|new)\s+)?$/iu;

/** The figure sizes an organisation a source works at or runs, not the story's. */
export function sizesOtherOrganisation(clauseBefore: string, after: string): boolean {
  // The dash is checked first: most figures have none after them, and COMPOUND_AFTER is costly to compile.
  return COMPOUND_START.test(after) && COMPOUND_AFTER.test(after) && INTRODUCED_BEFORE.test(clauseBefore);
}
