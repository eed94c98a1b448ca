/**
 * What may stand inside "N members of the board voted to remove him" without changing who acted:
 * - a time aside between the vote and its purpose: "voted Friday, Nov. 17, to remove Altman",
 *   "voted on Friday to fire him", "voted late Friday to oust", "voted unanimously last week to";
 * - a modifier of the group in its "of" phrase: "of the old board", "of the then board", "of
 *   OpenAI's former board", "of the six-member board", "of the nonprofit's board".
 * Both are read past, so the act after them is read as it would be without them.
 */
const DAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATE = String.raw`${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?`;
const WHEN = String.raw`(?:(?:on|last|late|early|that|this)\s+)*(?:${DAY}(?:\s+(?:night|morning|afternoon|evening))?(?:,?\s+${DATE})?|${DATE}|yesterday|last\s+week|that\s+(?:day|night|weekend|afternoon))`;
const TIME_ASIDE = new RegExp(
  String.raw`\b(voted|moved|decided|agreed|chose|acted)(?:\s+unanimously)?\s*,?\s+${WHEN}\s*,?(?:\s+unanimously)?(?=\s+to\s)`,
  'gi',
);
const GROUP_MODIFIER =
  /\b(of\s+(?:the|its|their|OpenAI['’]s)\s+)(?:old|former|previous|then|original|outgoing|existing|whole|full|entire|nonprofit|non-profit|\p{L}+-(?:member|person|seat|strong))\s+(?=(?:board|panel|committee)\b)/giu;

/** `after` (the text after a count) with time asides and group modifiers read past. */
export function withoutGroupAsides(after: string): string {
  return after.replace(TIME_ASIDE, '$1').replace(GROUP_MODIFIER, '$1');
}

/** "voted to remove/oust/fire": the group's own removal vote, once asides are read past. */
const REMOVAL_VOTE = /\bvoted\s+to\s+(?:remove|oust|fire|dismiss|sack|depose|push\s+out)\b/i;
export function votesRemoval(plainAfter: string): boolean {
  return REMOVAL_VOTE.test(plainAfter.slice(0, 80));
}
