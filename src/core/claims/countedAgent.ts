/*
 * What did the people a count counts do? Reporters count the people who did an act as often as they count
 * a body, and the act, not a noun, then says what the count is of: "Those four were the directors who
 * decided", "four of those directors acted", "four directors of a nonprofit board removed the chief
 * executive", "a board of four deciders". This reads the count's role in its clause and returns the
 * words of the act it is the agent of (its predicate), for the act readers to judge; or says that the
 * count is the people an act was done to ("the board removed two directors"), or the members of another
 * organisation ("the four trustees of the charity").
 *
 * Roles read:
 * - a pronoun-numeral defined by a relative clause: "Those four were the people who fired him";
 * - a part of a group pointed to: "four of those directors acted", "four of its trustees had fired him";
 * - a subject whose noun names its board in a phrase: "four directors of a nonprofit board removed him";
 * - an agent noun that is the act's: "four deciders", "a panel of four decision-makers";
 * - an answer whose verb stands for the act its question names: "Who made the call? — Four people did
 *   it", "Q: Who fired him? A: Four directors did." (the question's words are then the predicate).
 */

/** The people a board is counted in. */
const PEOPLE = String.raw`(?:directors|members|board\s+members|trustees|people|persons|individuals|ones|men|women)`;

/** "Those four", "the four", "these same four": a count standing for a group the page points to. */
const POINTED_BEFORE = /\b(?:those|these|the|all)\s+(?:same\s+|very\s+)?$/i;
/** "… were the directors who", "… are the ones that": the group defined by what it did. */
const DEFINED_BY_ACT_AFTER = new RegExp(
  String.raw`^\s+(?:were|are|was|is)\s+(?:the|those|these)\s+(?:(?:only|very|same|[\p{L}-]+)\s+){0,2}?${PEOPLE}\s+(?:who|that)\s+`,
  'iu',
);
/** "of those directors", "of them", "of its trustees", "of the board's members": a part of a group pointed to. */
const OF_POINTED_GROUP_AFTER = new RegExp(
  String.raw`^\s+of\s+(?:(?:the|its|their|those|these|(?:the\s+board|OpenAI)['’]s)(?:\s+[\p{L}-]+)?\s+${PEOPLE}|them|those|these)(?=[\s,])`,
  'iu',
);
/** "Of the six directors, ": a whole fronted before the count. */
const FRONTED_WHOLE_BEFORE =
  /^\W*(?:of|out\s+of|among)\s+(?:the|its|their|those|these|OpenAI['’]s)\b[^,;]*,\s*$/i;
/** A relative clause opening after the group's noun. */
const RELATIVE_OPENS = /^\s*,?\s*(?:who|whom|that|which)\b/i;
/** "directors of a nonprofit board", "members of the six-seat board": the count's noun, then the board it sits on. */
const OF_BOARD_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+)?\s+${PEOPLE}\s+(?:of|on|from)\s+(?:a|an|the|its|OpenAI['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(?:board|panel)\b(?!\s*['’])`,
  'iu',
);
/** "the four trustees of the charity", "three directors of a hospital": members of an organisation of another kind. */
const OF_OTHER_ORGANISATION_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+)?\s+${PEOPLE}\s+of\s+(?:a|an|the|that|this|its)\s+(?:[\p{L}-]+\s+)?(?:charity|hospital|hospice|university|college|school|museum|club|bank|foundation|orchestra|church|society|council|association|union)\b`,
  'iu',
);
/** A board named with its own count: "the four-member board", "a six-seat panel". */
const COUNTED_BOARD =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-](?:member|person|seat|strong|man|woman)\b/i;
/** "deciders", "decision-makers": the people named by the decision. */
const DECIDERS_AFTER = /^\s+(?:deciders|decision-?makers|decision\s+makers)\b/i;
/** "did it", "did", "were behind it", "pulled it off": a verb that stands for an act named before it. */
const PRO_VERB_AFTER = new RegExp(
  String.raw`^(?:\s+${PEOPLE})?(?:\s+of\s+(?:them|those|these|us))?\s+(?:(?:did|had\s+done)(?:\s+(?:it|this|that|so))?|(?:were|was)\s+behind\s+(?:it|this|that)|pulled\s+(?:it|this|that)\s+off|made\s+it\s+happen)(?=\s*(?:[.,;:!—–]|$))`,
  'iu',
);
/** The question a block or line opens with or ends on before the answer: "Who made the call?", "Q: Who fired him? A:". */
const QUESTION_BEFORE = /([^.!?\n]{3,160}\?)["”’)]*\s*(?:\p{Lu}{1,6}:\s*)?$/u;

/** The count right after a removal verb is the people removed: "the board removed two directors". */
const REMOVED_BEFORE =
  /\b(?:removed|fired|ousted|sacked|dismissed|expelled|replaced|pushed\s+out|forced\s+out|voted\s+out|ejected)\s+(?:(?:the|its|their|all)\s+)?$/i;

/** The count's role, read off its clause. */
export type CountedRole =
  /** The count did the act its predicate says. */
  | { agentOf: string }
  /** The count is the people an act was done to. */
  | { actedOn: true }
  /** The count is the members of another organisation. */
  | { otherOrganisation: true };

/**
 * The predicate the count is the agent of, or the role that makes it no agent; undefined when its clause
 * does not say. `asked` is what comes right before the count's sentence (a question an answer replies to).
 */
export function countedRole(before: string, after: string, asked?: string): CountedRole | undefined {
  if (REMOVED_BEFORE.test(before)) return { actedOn: true };
  if (OF_OTHER_ORGANISATION_AFTER.test(after)) return { otherOrganisation: true };
  if (DECIDERS_AFTER.test(after)) return { agentOf: ' decided.' };
  // "Q: Who made the call? A: Four people did it.": the question's act, done by the count.
  if (PRO_VERB_AFTER.test(after)) {
    // The question right before the answer, which opens its sentence (after a speaker's tag at most).
    const opensBlock = !/\S/.test(before.replace(/^\s*\p{Lu}{1,6}:/u, ''));
    const question = opensBlock ? QUESTION_BEFORE.exec(asked ?? '') : null;
    // What the question asks who did: the words after its "who"/"that" ("the board that made the call?").
    const act = question && [...question[1]!.matchAll(/\b(?:who|that|which)\s+/gi)].at(-1);
    return act ? { agentOf: ` ${question[1]!.slice(act.index + act[0].length)}` } : undefined;
  }
  const defined = POINTED_BEFORE.test(before) ? DEFINED_BY_ACT_AFTER.exec(after) : null;
  // "Of the six directors, four of them voted…": a whole named first keeps the count a part of it.
  const partitive = FRONTED_WHOLE_BEFORE.test(before) ? null : OF_POINTED_GROUP_AFTER.exec(after);
  const ofBoard = defined || partitive ? null : OF_BOARD_AFTER.exec(after);
  // "All four members of the four-member board": the board's own count says its size; this one is a part of it.
  if (ofBoard && COUNTED_BOARD.test(ofBoard[0])) return undefined;
  const lead = defined ?? partitive ?? ofBoard;
  const rest = lead ? after.slice(lead[0].length) : '';
  // "three of the directors who had moved against him were off the board": the relative clause is the whole's,
  // the count's own verb comes after it.
  if (!defined && RELATIVE_OPENS.test(rest)) return undefined;
  return lead ? { agentOf: ` ${rest.trimStart()}` } : undefined;
}
