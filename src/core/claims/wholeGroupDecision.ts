import { MONTH_NAMES } from '../text/months.ts';

/*
 * Two more ways news tells the count of a group that took a decision, as its clause's subject:
 *
 * - A clause opened by a time phrase without a comma, as wire copy and timelines write it: "On 17
 *   November four of them voted to remove him", "That Friday four directors fired him", "In November
 *   2023 four people made the call", "Within hours the four directors had ousted him".
 * - Acts that are the decision itself, not one voter's side of it: "Only four directors carried the
 *   vote", "Four board members passed the resolution", "four directors backed his removal", "the four
 *   voted for his dismissal". A vote split by a second count ("two backed it and two abstained") is
 *   still some of the group, and detectFigureClaims checks that first.
 */

const MONTH = `(?:${MONTH_NAMES})`;
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART_OF_DAY = '(?:morning|afternoon|evening|night)';
/** "On 17 November", "on Friday afternoon", "That night", "In November 2023", "Within hours". */
const TIME_OPENER = new RegExp(
  `^\\W*(?:(?:on|late\\s+on|early\\s+on|by)\\s+(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?|${WEEKDAY}(?:\\s+${PART_OF_DAY})?)|(?:that|the\\s+same|last)\\s+(?:${WEEKDAY}|${PART_OF_DAY}|day|week|weekend)|in\\s+(?:(?:late|early|mid-?)\\s*)?${MONTH}(?:\\s+\\d{4})?|within\\s+(?:hours|days|minutes|a\\s+day))\\s+(?:(?:the|its|their|OpenAI['’]s)\\s+)?(?:just\\s+|only\\s+)?$`,
  'iu',
);
/**
 * "carried the vote", "passed the resolution", "backed his removal", "voted for Altman's dismissal"; "carried it"
 * as news says of a vote ("had no part in the vote; four directors carried it"), not "carried it out".
 */
const DECIDING_ACT_AFTER =
  /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:(?:then|later|eventually|narrowly|simply|just|had)\s+)*(?:(?:carried|won|passed|forced\s+through)\s+(?:the|that|this)\s+(?:vote|motion|resolution)|(?:carried|passed)\s+it(?!\s+(?:out|off|over|on|through|away|along|forward|home)\b)|(?:backed|supported|approved|endorsed|voted\s+for|voted\s+in\s+favou?r\s+of)\s+(?:his|Altman['’]s|the(?:\s+chief\s+executive['’]s)?)\s+(?:removal|ouster|ousting|firing|dismissal|sacking))\b/iu;

/**
 * The decision itself as a noun, taken by the group: "made the decision to fire him", "took the
 * decision to oust Altman", "reached the decision", "came to that decision", "were behind the
 * decision to remove him", "were behind his ouster". A decision to do anything else ("made the
 * decision to hire") is no removal; "made the decision" alone is WHOLE_GROUP_ACT_AFTER's.
 */
const DECISION_NOUN_AFTER =
  /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:(?:then|later|eventually|ultimately|collectively|jointly|had|have)\s+)*(?:(?:(?:made|took|reached|came\s+to|arrived\s+at)\s+(?:the|that|this|their)\s+(?:[\p{L}-]+\s+)?decision(?:\s+to\s+(?:fire|oust|remove|sack|dismiss|axe|depose|push\s+(?:him|Altman)\s+out|force\s+(?:him|Altman)\s+out)\b|(?=\s*(?:[,.;:!?—–]|$)))|(?:reached|came\s+to|arrived\s+at)\s+(?:the|that|this|their)\s+(?:[\p{L}-]+\s+)?decision\b(?!\s+(?:to|on|against|about)\b))|(?:were|was)\s+(?:the\s+ones?\s+)?behind\s+(?:the|that|this|his|Altman['’]s|the\s+chief\s+executive['’]s)\s+(?:[\p{L}-]+\s+)?(?:decision|firing|ouster|ousting|removal|dismissal|sacking|coup))/iu;
/** ", and four of them made the decision", "; but four directors fired him": a coordinated clause opens with the count. */
const COORDINATED_CLAUSE_BEFORE = /[,;]\s*(?:and|but|yet|so)\s+(?:then\s+)?(?:just\s+|only\s+)?$/i;

/** The words before the count open its clause with a time phrase and nothing else. */
export const opensWithTime = (before: string) => TIME_OPENER.test(before);

/** What follows the count and its noun is the group's deciding act itself. */
export const decidesAfter = (after: string) =>
  DECIDING_ACT_AFTER.test(after) || DECISION_NOUN_AFTER.test(after);

/** The count opens a clause coordinated with the one before ("…six members, and four of them made the decision"). */
export const opensCoordinatedClause = (before: string) => COORDINATED_CLAUSE_BEFORE.test(before);
