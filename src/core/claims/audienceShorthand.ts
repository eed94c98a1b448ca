/*
 * A product's monthly audience in the shorthand of data desks, decks and posts, where monthlyReach.ts
 * reads the long form ("650 million people a month"): after the size, "650 million MAU", "650m MAUs",
 * "650m monthly actives", "Gemini users: 650m monthly"; before it, the audience named first, "Gemini's
 * monthly audience has swollen to 650 million", "a monthly user base of 650m", "monthly active users
 * hit 650m", "MAUs: 650m". A bare "monthly" counts only where it closes its clause ("650m monthly
 * meetings" is not an audience) after a word for users ("burns through 500m monthly" is a rate of money), and a change is no size ("monthly users fell by 50 million").
 */

/** "MAU", "MAUs", "monthly actives", "monthly uniques", "monthly audience". */
const SHORTHAND_AFTER = /^\s*(?:MAUs?(?![\p{L}])|monthly\s+(?:actives|uniques|audience)(?![\p{L}]))/u;

/** "monthly" closing its clause: a rate of anything ("burns through 500m monthly"), an audience only after its word. */
const BARE_MONTHLY_AFTER = /^\s*monthly(?=\s*(?:$|[.;,|)\]!?—–]))/u;

/** "Gemini users: 650m monthly", "an audience of 650m monthly": the clause has already said it counts users. */
const AUDIENCE_WORD_BEFORE =
  /\b(?:users?|audience|user\s*base|actives|uniques|visitors|MAUs?)\b[^.;!?]{0,40}$/iu;

/**
 * The size given as an estimate of the audience, passive or hearsay: "is now put at", "was estimated by
 * analysts at", "is reckoned to be", "is thought to number", "is said to top". A forecast ("is expected
 * to reach", "is projected at") is no size today and is left out.
 */
const ESTIMATED =
  "(?:(?:put|estimated|reckoned|pegged|placed|calculated|measured|gauged|counted|tallied|clocked|tracked|assessed|given|reported|cited|quoted)(?:\\s+by(?:\\s+[\\p{L}\\p{N}’'.-]+){1,3}?)?\\s+(?:at|as)|(?:thought|believed|said|understood|reported|estimated|reckoned|known|put|calculated|claimed|rumou?red)\\s+to\\s+(?:be|stand\\s+at|number|total|top|exceed))";
/** A verb of size or of reaching it: "has swollen to", "sits at", "hovers around", "now tops". */
const REACHED =
  '(?:swollen|swelled|grown|grew|risen|rose|climbed|jumped|surged|ballooned|expanded|doubled|tripled|reached|reaches|hit|hits|topped|tops|passed|crossed|surpassed|exceeds|exceeded|nears|neared|approaches|approached|stand|stands|stood|sits|sat|hovers|hovered|totals|totalled|totaled|numbers|numbered|(?:comes|came|clocks|clocked)\\s+in)';
/** A source set aside between the audience and its verb: ", per Similarweb,", ", according to Sensor Tower,". */
const ASIDE = '(?:,\\s*(?:per|according\\s+to|by|says|said|citing)\\s+[^,.;!?]{1,30},\\s*)';
/** The audience named before its size, maybe with a verb of reaching or estimating, and the preposition or colon that leads to it. */
const AUDIENCE_BEFORE = new RegExp(
  `(?:\\bmonthly\\s+(?:audience|user\\s*base|users|active\\s+users|actives|uniques|reach|readership)|\\bMAUs?)\\s*(?:\\([^)]{0,12}\\)\\s*)?${ASIDE}?(?:(?:has|have|had|is|are|was|were|been|now|already|just|last|once|most|since|(?!(?:likely|unlikely|probably|possibly|potentially|eventually|hopefully|theoretically|conceivably|supposedly|allegedly)\\b)[\\p{L}]+ly)\\s+){0,3}(?:(?:${ESTIMATED}|${REACHED})\\s+)?(?:to|at|of|past|over|around|near|above|beyond|north\\s+of|:)?\\s*$`,
  'iu',
);

/**
 * What AUDIENCE_BEFORE cannot match without: its words, "monthly" or "MAU" (no other letter folds to
 * theirs). Most clauses have neither, and the long pattern is costly to compile and to try at every
 * position, so it runs only where one of them is.
 */
const AUDIENCE_BEFORE_WORD = /monthly|mau/i;

/** The words after a count (and the clause before it) name the count a monthly audience. */
export function namesMonthlyAudience(before: string, after: string): boolean {
  return (
    SHORTHAND_AFTER.test(after) ||
    (BARE_MONTHLY_AFTER.test(after) && AUDIENCE_WORD_BEFORE.test(before)) ||
    (AUDIENCE_BEFORE_WORD.test(before) && AUDIENCE_BEFORE.test(before))
  );
}
