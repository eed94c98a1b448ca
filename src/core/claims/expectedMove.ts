/*
 * A move that is expected, not made: what options imply, traders price in, analysts forecast or a model
 * projects ("Options pricing implies a move of roughly 4.5%", "traders are bracing for a 5% swing",
 * "an expected move of 4%", "analysts see the stock rising 6%", "shares are forecast to gain 3%"). It
 * states no reaction a report gives. A move that happened as expected stays ("shares rose 1%, as
 * analysts had expected"; "As traders expected, shares rose 2%"): the expectation must govern the move.
 */

/** Words of an expectation, in their forms ("implies", "priced in", "bracing for", "forecast"). */
const EXPECT =
  '(?:impl(?:y|ies|ied|ying)|expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|project(?:s|ed|ing)?|estimat(?:e|es|ed|ing)|see(?:s|ing)?|model(?:s|led|ed|ling|ing)?|pric(?:e|es|ed|ing)\\s+in|brac(?:e|es|ed|ing)\\s+for|bet(?:s|ting)?\\s+on|look(?:s|ing)?\\s+for|call(?:s|ed|ing)?\\s+for)';
/** The same as modifiers of a move noun ("an implied move", "the expected swing", "a priced-in 4% drop"). */
const EXPECTED =
  '(?:implied|expected|anticipated|forecast|predicted|projected|estimated|priced-in|likely|possible|potential)';
/** Nouns of a price's move. */
const MOVE_NOUN = '(?:move|moves|swing|swings|rise|fall|gain|drop|jump|decline|slide|rally|reaction|change)';
/** Verbs of a price's move, after "to" ("forecast to gain"), or as a participle ("see the stock rising"). */
const MOVE_VERB =
  '(?:move|moving|swing|swinging|rise|rising|fall|falling|gain|gaining|drop|dropping|jump|jumping|climb|climbing|slide|sliding|rally|rallying|decline|declining)';
/** Hedges between the frame and the figure. */
const AMOUNT = '(?:(?:of|by|about|around|roughly|some|nearly|almost|as\\s+much\\s+as|up\\s+to|another)\\s+)*';

/** "implies a move of roughly", "an expected swing of", "priced in a": the frame before the figure. */
const EXPECTED_BEFORE = new RegExp(
  [
    // "implies a move of roughly 4.5%", "pricing in a swing of 5%"
    `\\b${EXPECT}\\s+(?:a|an|the)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${MOVE_NOUN}\\s+of\\s+${AMOUNT}$`,
    // "an expected move of 4%", "the implied swing is about 5%"
    `\\b${EXPECTED}\\s+(?:[\\p{Ll}-]+\\s+)?${MOVE_NOUN}\\s+(?:of|is|was|at|near|around)\\s+${AMOUNT}$`,
    // "shares are forecast to gain 3%", "analysts expect the stock to rise about 6%"
    `\\b${EXPECT}\\b[^,;.]{0,60}?\\bto\\s+${MOVE_VERB}\\s+${AMOUNT}$`,
    // "analysts see the stock rising 6%"
    `\\b${EXPECT}\\s+(?:the\\s+|its\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:shares|stock|price)\\s+${MOVE_VERB}\\s+${AMOUNT}$`,
  ].join('|'),
  'iu',
);
/** "implies a", "braced for a", "an implied": the frame before a figure that a move noun follows. */
const EXPECTED_ADJECTIVE_BEFORE = new RegExp(
  `\\b(?:${EXPECT}\\s+(?:a|an|the)|${EXPECTED})\\s+(?:[\\p{Ll}-]+\\s+)?${AMOUNT}$`,
  'iu',
);
/** "…4.5% move", "5% swing either way". */
const MOVE_NOUN_AFTER = new RegExp(`^(?:\\s+|-)(?:[\\p{Ll}-]+\\s+)?${MOVE_NOUN}\\b`, 'iu');

/** The figure is a move an expectation governs (`before`: its clause up to it; `after`: the words after it). */
export function isExpectedMove(before: string, after: string): boolean {
  return (
    EXPECTED_BEFORE.test(before) ||
    (EXPECTED_ADJECTIVE_BEFORE.test(before) && MOVE_NOUN_AFTER.test(after.slice(0, 40)))
  );
}
