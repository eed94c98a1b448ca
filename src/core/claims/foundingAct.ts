/*
 * A team or group whose size is given as the agent or start of a founding: "OpenAI was started by an
 * 11-person team", "founded in 2015 by an 11-strong group", "the company began life as an 11-member
 * team", "an 11-person team founded it". Such a team is the founding team, whatever its head noun
 * ("team", "group", "crew"), so the count is the founding team's size. A team that later built or
 * runs something ("Microsoft's 11-person team that built Copilot") is not.
 */

/** The founding act with its agent or starting form just before the count. */
const FOUNDED_BY_BEFORE =
  /\b(?:(?:co-?)?founded|started|set\s+up|launched|created|formed|established|begun|built)(?:\s+(?:in|back\s+in)\s+\d{4}(?:\s+in\s+\p{Lu}[\p{L}\s]{0,30}?)?)?\s+(?:by|with)\s+(?:(?:just|only|a\s+mere|barely)\s+)?(?:an?|the)?\s*$|\b(?:began|started|begun)(?:\s+(?:life|out))?\s+as\s+(?:(?:just|only|a\s+mere)\s+)?(?:an?)\s+$/iu;
/** …or right after the count and its group: "an 11-person team founded it". */
const FOUNDED_AFTER =
  /^-(?:person|member|strong|man|woman)\s+(?:[\p{L}-]+\s+)?(?:team|group|crew|band|outfit|collective)\s+(?:(?:that|which|who)\s+)?(?:(?:co-?)?founded|started|set\s+up|launched|created)\b/iu;

/** The count is the size of the team that founded the organisation. */
export function foundingTeamCount(before: string, after: string): boolean {
  return FOUNDED_BY_BEFORE.test(before.slice(-80)) || FOUNDED_AFTER.test(after.slice(0, 60));
}
