/**
 * "About 500 staff signed the letter. Organisers said 12 of them were researchers.", "Of those, 40
 * are engineers", "nine of whom were women": a count of the group counted before, broken down by
 * trade or kind. The trade noun ("researchers", "executives") names who the part are, not what they
 * did: such a part is no count of a topic that trade noun cues (departures, hires), unless the
 * clause says they did its act ("12 of them were researchers who have since left").
 */
const BREAKDOWN_AFTER =
  /^\s+(?:of\s+(?:them|those|these|whom|which)\s+)?(?:were|are|was|is|being)\s+(?:(?:all|mostly|senior|junior|leading|top|key|staff|research|AI|machine-learning)\s+){0,2}(?:researchers?|executives?|engineers?|scientists?|women|men|managers?|staffers?|employees?|directors?|founders?|developers?|designers?|lawyers?|interns?|contractors?)\b(?![^.;!?]*\b(?:left|leave|leaving|quit|quitting|departed|departing|exited|resigned|gone|walked|defected|poached|hired|joined)\b)/iu;
/** "Of those, 40 are engineers": the part's whole named before the count. */
const FRONTED_WHOLE_BEFORE = /\b(?:of|among)\s+(?:them|those|these)\s*,?\s*$/i;
/** "12 of them were researchers": the count's own "of them" after it. */
const OF_THEM_AFTER = /^\s+of\s+(?:them|those|these|whom|which)\b/i;

/** The count (text from its end on, and the few words before it) breaks a group counted before down by kind. */
export function isGroupBreakdown(before: string, after: string): boolean {
  if (!BREAKDOWN_AFTER.test(after)) return false;
  return OF_THEM_AFTER.test(after) || FRONTED_WHOLE_BEFORE.test(before);
}
