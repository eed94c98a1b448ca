/*
 * "the four board members who voted to oust him", "the three directors that pushed him out", "those four
 * people who fired Altman": a definite count whose relative clause names the group's act is the group
 * that acted, whole, wherever the phrase stands in its sentence (an object, after a preposition), with its
 * noun or without ("one of the four who pushed him out", "a holdover from the four who had dismissed him"). The act
 * itself is still read by the whole-group readers; this only lets them read it after "who"/"that".
 * An indefinite count ("four directors who voted") may be some of a larger group and is left to them as is.
 */

/** "the ", "those ", "the same ", "all the ", right before the count. */
const DEFINITE_BEFORE = /\b(?:the|those|these)\s+(?:same\s+|very\s+)?$/i;
/**
 * A noun of up to two words, then the relative pronoun: " board members who", " directors that"; or
 * none, the count standing for its group as a back-reference does ("one of the four who removed him").
 */
const RELATIVE_AFTER = /^(?:\s+[\p{L}'’-]+){0,2}?\s+(?:who|that)\s/iu;

/** The count opens a definite noun phrase whose relative clause follows: the act after "who" is the group's. */
export function definiteWithRelative(before: string, after: string): boolean {
  return DEFINITE_BEFORE.test(before) && RELATIVE_AFTER.test(after);
}
