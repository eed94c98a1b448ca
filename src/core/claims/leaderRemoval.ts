/*
 * A counted group as the agent of the removal, with the one removed named or the decision voted on:
 * "Four directors voted Altman out", "a board of four threw out Sam Altman", "four board members pushed the
 * chief executive out", "Four people ousted their own CEO", "Only four directors voted on the decision to fire him", "four of
 * its members voted on Altman's removal". Only the whole group that decided does that, so the count is its size.
 * A vote against him, or a vote on another matter ("voted on the decision to hire Shear"), is not it.
 */

/** Whom the removal removes: the pronoun, his name, or his post as the company's. */
const LEADER =
  "(?:him|Altman|Sam\\s+Altman|(?:the|their|its|OpenAI['’]s|the\\s+(?:company|firm|start-?up)['’]s)\\s+(?:own\\s+)?(?:chief\\s+executive|CEO|boss|co-?founder|leader|chief)(?:,?\\s+Sam\\s+Altman)?)";
/** Phrasal removals with "out" after or before whom they remove: "voted him out", "threw out Sam Altman". */
const OUT_VERB =
  '(?:voted|pushed|forced|eased|kicked|threw|booted|turfed|drummed|shoved|squeezed|frozen|froze)';
/** Removals that take their object directly: "ousted Altman", "deposed their chief executive". */
const REMOVAL_VERB =
  '(?:fired|ousted|sacked|axed|removed|dismissed|dumped|deposed|toppled|ejected|expelled|defenestrated|booted|ditched|canned)';
/** What a vote on the removal is a vote on: the removal itself, named. */
const REMOVAL_NOUN = '(?:removal|firing|ouster|ousting|dismissal|sacking)';
/**
 * A vote's own nouns name any vote ("voted on the resolution", "on the matter"): they are the removal only with it
 * as their purpose, "the decision to fire him". Directors counted voting on an unnamed decision are
 * the part of the board that voted, not its size.
 */
const VOTE_NOUN = '(?:decision|motion|resolution|matter|question)';
const REMOVAL_PURPOSE = '\\s+to\\s+(?:fire|oust|remove|dismiss|sack|axe|push\\s+out|depose)';
const DECISION_OWNER = "(?:the|that|this|his|Altman['’]s|the\\s+(?:chief\\s+executive|CEO)['’]s)";
/** "the decision to hire Shear" is another decision; "the removal to …" reads on only as this one. */
const OTHER_PURPOSE = '(?!\\s+to\\s+(?!(?:fire|oust|remove|dismiss|sack|axe|push)\\b))';
const DECISION = `(?:${REMOVAL_NOUN}${OTHER_PURPOSE}|${VOTE_NOUN}${REMOVAL_PURPOSE})`;
/**
 * "Only four directors voted on the decision": a count made small by "only", "just", "a mere" is
 * the whole that decided (so few took it), and the decision voted on is the story's own.
 */
const SO_FEW_BEFORE = /(?:^|[^\p{L}])(?:only|just|a\s+mere|merely|a\s+total\s+of)\s+$/iu;
/**
 * What so few vote on is the decision of the day even unnamed: "voted on the matter", "on the
 * question", not "the matter of Shear's pay" (another matter, named after it).
 */
const DECIDED_NOUN = `(?:${VOTE_NOUN}|matter|question|issue)(?!\\s+(?:of|about|concerning|regarding)(?![\\p{L}]))`;
const DECIDED_VOTE_AFTER = new RegExp(
  `^(?:\\s+[\\p{L}'’-]+){0,2}?\\s+voted\\s+on\\s+(?:the|that|this)\\s+${DECIDED_NOUN}${OTHER_PURPOSE}(?![\\p{L}])`,
  'iu',
);

const LEADER_REMOVED_AFTER = new RegExp(
  "^(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:(?:then|later|just|simply|eventually|ultimately|quietly|abruptly|summarily|all|together)\\s+)*" +
    `(?:${OUT_VERB}\\s+${LEADER}\\s+out|${OUT_VERB}\\s+out\\s+${LEADER}|${REMOVAL_VERB}\\s+${LEADER}|voted\\s+on\\s+${DECISION_OWNER}\\s+${DECISION})(?![\\p{L}])`,
  'iu',
);

/** The text after a count says the group removed the leader, or voted on his removal. */
export function removesLeaderAfter(after: string, before = ''): boolean {
  return (
    LEADER_REMOVED_AFTER.test(after) ||
    (SO_FEW_BEFORE.test(before.slice(-16)) && DECIDED_VOTE_AFTER.test(after))
  );
}
