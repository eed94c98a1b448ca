/*
 * The nouns of a group of people whose size a compound gives: "an 11-person crew", "a 20-strong squad",
 * "a 30-member research unit", "a five-man delegation", "a nine-seat board". The compound sizes that
 * group and no other: "set up with just an 11-person crew" counts the crew, never the board in the
 * story, so only the topics cued by the group's own noun may take the count. News names such groups in
 * any register: team, crew, squad, outfit, band, cohort, unit, department, taskforce, staff.
 */
export const SIZED_GROUP_NOUN = String.raw`(?:team|group|crew|squad|outfit|band|cohort|contingent|delegation|gang|collective|unit|department|division|lab|laboratory|office|taskforce|task\s+force|force|corps|cast|troupe|brigade|caucus|faction|bloc|club|firm|start-?up|company|operation|shop|board|panel|committee|council|staff|workforce|body)`;
