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

/** The audience named before its size, maybe with a verb of reaching, and the preposition or colon that leads to it. */
const AUDIENCE_BEFORE =
  /(?:\bmonthly\s+(?:audience|user\s*base|users|active\s+users|actives|uniques|reach)|\bMAUs?)\s*(?:\([^)]{0,12}\)\s*)?(?:(?:has|have|had|is|was|now|already|just)\s+){0,2}(?:(?:swollen|swelled|grown|grew|risen|rose|climbed|jumped|surged|reached|reaches|hit|hits|topped|tops|passed|crossed|stand|stands|stood|totals|totalled|totaled|numbers|numbered)\s+)?(?:to|at|of|past|over|:)?\s*$/iu;

/** The words after a count (and the clause before it) name the count a monthly audience. */
export function namesMonthlyAudience(before: string, after: string): boolean {
  return (
    SHORTHAND_AFTER.test(after) ||
    (BARE_MONTHLY_AFTER.test(after) && AUDIENCE_WORD_BEFORE.test(before)) ||
    AUDIENCE_BEFORE.test(before)
  );
}
