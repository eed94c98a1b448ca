/*
 * A count that is the agent of a decision, not its subject: news tells who removed a chief executive
 * as often by the decision as by the deciders.
 *
 * - The decision and who held it: "The decision was taken by four people", "a decision taken by just
 *   four people", "the decision to fire him was made by only four directors", "The vote belonged to
 *   four people", "the call rested with four trustees", "the move came down to four directors", "it
 *   was carried by four" (after the decision in the same sentence), "in the hands of four people".
 * - What it took: "it took only four of them to remove him", "it took just four directors to oust
 *   the chief executive", "it needed only four votes to fire Altman".
 * - The act in any tense after the count: "Four people on a board decide to sack the bloke", "four
 *   directors chose to get rid of him", "four of them decided on Friday that he had not been candid",
 *   and in idiom ("four directors acted", "pulled the trigger", "wielded the axe");
 *   "four trustees have the power to …" is not one (a power is no act).
 *
 * Each says the count is the whole group that decided; detectFigureClaims gives it to a topic cued by
 * the act of removing ("fire", "oust"), and the topic's own exclusions ("new", "initial") still hold.
 */

/** The nouns that name the decision itself. */
const DECISION = '(?:decision|call|vote|choice|move|firing|ouster|ousting|sacking|removal|dismissal)';
/** "was taken by", "had been made by", "belonged to", "rested with", "came down to", "in the hands of", "came from". */
const AGENT_LINK =
  '(?:(?:was|were|is|are|had\\s+been|has\\s+been|got)\\s+)?(?:(?:ultimately|finally|eventually|effectively|really|actually|in\\s+the\\s+end|in\\s+effect),?\\s+)?(?:(?:taken|made|reached|cast|carried(?:\\s+out)?|forced\\s+through|pushed\\s+through)\\s+by|(?:belonged|belongs|fell|falls|was\\s+left|came\\s+down|comes\\s+down|boiled\\s+down|was\\s+down)\\s+to|(?:rested|rests|lay|lies)\\s+with|in\\s+the\\s+hands\\s+of|(?:came|comes|had\\s+come)\\s+from)';
/** "just", "only", "a mere": how news stresses how few decided; "the (other/remaining) four": the group left to decide. */
const FEW =
  '(?:just\\s+|only\\s+|a\\s+mere\\s+|merely\\s+|a\\s+total\\s+of\\s+)?(?:the\\s+(?:other\\s+|remaining\\s+)?)?';
/**
 * The decision, then words of its own clause (no full stop, no second clause opened by "and"/"but"
 * unless its subject is the decision again: "…needed a majority of six, and it was carried by four"),
 * then the link to its agent right before the count.
 */
const DECIDED_BY_BEFORE = new RegExp(
  `\\b${DECISION}\\b(?:(?!\\b(?:and|but|while|whereas)\\s+(?!it\\b))[^.;:!?]){0,90}?\\s${AGENT_LINK}\\s+${FEW}$`,
  'iu',
);

/** Removing a chief executive, in the base form a "to" or a modal takes. */
const REMOVE =
  '(?:fire|oust|remove|sack|axe|dismiss|depose|topple|unseat|boot|push\\s+(?:\\S+\\s+)?out|force\\s+(?:\\S+\\s+)?out|get\\s+rid\\s+of|kick\\s+(?:\\S+\\s+)?out|throw\\s+(?:\\S+\\s+)?out)';
/** "it took only", "it needed just", "all it took was". */
const IT_TOOK_BEFORE =
  /(?:\b(?:it|that)\s+(?:only\s+|just\s+)?(?:took|takes|needed|needs|required|requires)|\ball\s+it\s+took\s+was)\s+(?:only\s+|just\s+|a\s+mere\s+|merely\s+)?$/i;
/** What follows the count: its noun or "of them" (three words at most), then "to" and the removal. */
const TO_REMOVE_AFTER = new RegExp(`^(?:\\s+[\\p{L}'’-]+){0,3}?\\s+to\\s+${REMOVE}\\b`, 'iu');
/**
 * "Four people on a board decide to sack the bloke", "four directors chose to get rid of him",
 * "four of them decided to push him out": choosing the removal, in any tense, right after the count
 * and a few words of its noun.
 */
const CHOSE_REMOVAL_AFTER = new RegExp(
  `^(?:\\s+[\\p{L}'’-]+){0,4}?\\s+(?:(?:then|later|simply|just|had)\\s+)*(?:decide[sd]?|deciding|chose|choose|chooses|opted|opt|opts|voted|vote|votes|moved|move|moves)\\s+to\\s+${REMOVE}\\b`,
  'iu',
);

/**
 * "four of them decided on Friday that Altman had not been candid", "four directors concluded that
 * he had to go": the group's finding, which is its decision, with at most a time phrase between.
 */
const DECIDED_THAT_AFTER =
  /^(?:\s+[\p{L}'’-]+){0,3}?\s+(?:had\s+)?(?:decided|concluded|determined|resolved|ruled)(?:\s+(?:on|late\s+on|early\s+on|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})|\s+(?:that|last)\s+(?:day|night|week|weekend|Friday))?,?\s+that\b/u;

/**
 * The decision in news idiom, right after the count and its noun: "four directors acted", "four
 * people pulled the trigger", "four of them wielded the axe", "moved against him", "showed him the
 * door", "made their move". A bare "acted" is the decision only where it ends its clause ("four
 * directors acted, and …") or is the removal itself ("acted against him", "acted swiftly to oust
 * him"): "acted quickly to reassure investors", "acted as advisers", "acted on advice" are other acts.
 */
const IDIOM_ACT_AFTER = new RegExp(
  `^(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:(?:then|finally|eventually|simply|just|had)\\s+)*(?:acted(?:\\s+\\p{L}+ly)?(?=\\s*(?:[,.;:)—–]|$)|\\s+against\\s+(?:him|Altman)\\b|(?:\\s+\\p{L}+ly)?\\s+to\\s+${REMOVE}\\b)|pulled\\s+the\\s+trigger|(?:wielded|swung)\\s+the\\s+(?:axe|ax|knife)|moved\\s+against\\s+(?:him|Altman)|showed\\s+(?:him|Altman)\\s+the\\s+door|made\\s+(?:their|the)\\s+move)(?![\\p{L}])`,
  'iu',
);

/**
 * The decision named as the count's own: "It was a decision of four directors", "the work of just four
 * people", "the choice of only four trustees" (the noun right before "of", so "a majority of four" and
 * "a board of four" stay sizes of a body).
 */
const DECISION_OF_BEFORE = new RegExp(`\\b(?:${DECISION}|work|doing)\\s+of\\s+${FEW}$`, 'iu');

/** The clause before the count makes it the agent of the decision ("was taken by just four", "a decision of four"). */
export const decidedByBefore = (before: string) =>
  DECIDED_BY_BEFORE.test(before) || DECISION_OF_BEFORE.test(before);

/** "it took only four of them to remove him": the count is what the removal needed. */
export const tookToRemove = (before: string, after: string) =>
  IT_TOOK_BEFORE.test(before) && TO_REMOVE_AFTER.test(after);

/**
 * "four directors voted for the move", "four of them cast their votes in favour of his removal": a vote
 * for the decision itself is cast only by those who carried it. A vote on it says nothing of which way
 * ("Two directors voted on the resolution"; "Only four voted on the matter" is leaderRemoval's), and a
 * vote against him, for another matter ("for the merger") or split by a second count ("three voted for
 * the move, one against": detectFigureClaims' SPLIT_COUNT_AFTER) stays some of the board.
 */
const VOTED_FOR_DECISION_AFTER = new RegExp(
  `^(?:\\s+[\\p{L}'’-]+){0,3}?\\s+(?:(?:then|later|all|jointly|together|eventually|finally|ultimately|had)\\s+)*(?:voted|vote|votes|cast\\s+(?:their\\s+|the\\s+)?votes?)\\s+(?:for|in\\s+favou?r\\s+of)\\s+(?:the|that|this|his|Altman['’]s)\\s+(?:decision|move|firing|ouster|ousting|sacking|removal|dismissal)\\b(?!\\s+to\\s+(?!(?:fire|oust|remove|dismiss|sack|axe|push)\\b))`,
  'iu',
);

/** "four directors decided to sack him": the count chose the removal. */
export const choseRemovalAfter = (after: string) =>
  CHOSE_REMOVAL_AFTER.test(after) ||
  DECIDED_THAT_AFTER.test(after) ||
  IDIOM_ACT_AFTER.test(after) ||
  VOTED_FOR_DECISION_AFTER.test(after);
