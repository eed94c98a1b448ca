/*
 * "The 38-year-old co-founder": an age given by an epithet. The epithet describes one person: a name
 * set right after it in apposition ("the 68-year-old economist and former Treasury secretary Larry
 * Summers", "its 38-year-old CEO, Sam Altman") is that person; a name joined to it by a conjunction is
 * another ("the 38-year-old co-founder and Greg Brockman were not part of it": two people, and the age
 * is the co-founder's). With no name in apposition the epithet points back at the person the text was
 * about (detectFigureClaims' last person), never at a name later in its sentence.
 */

/** The words from "-year-old" to a name that the epithet describes: roles, with no comma-free clause break. */
const EPITHET_TO_NAME = /^-year-old\s[^,;.()—–]*(?:,\s*)?$/;
/** A conjunction right before the name: the name is a second person, joined to the epithet's. */
const JOINED_NAME_BEFORE =
  /\b(?:and|or|nor|but|with|plus|alongside|as\s+well\s+as|along\s+with|together\s+with)\s+$/i;
/** "the 38-year-old", "The 43-year-old": an epithet with its article. */
const THE_BEFORE = /\bthe\s+$/i;

/** The name after the epithet is the person the epithet describes (its apposition, not a second person). */
export function epithetNames(between: string): boolean {
  return EPITHET_TO_NAME.test(between) && !JOINED_NAME_BEFORE.test(between);
}

/** The age is "the N-year-old …": an epithet, whose holder is never a name later in the sentence. */
export function isAgeEpithet(before: string, after: string): boolean {
  return THE_BEFORE.test(before) && after.startsWith('-year-old');
}
