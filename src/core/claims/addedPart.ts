/*
 * A count added to or taken from another count: a table's note "Plus three executives", "about 500 staff,
 * plus 3 executives", "Excluding two board members", "not counting four contractors", "minus the 3 who
 * withdrew", "three more directors arrived". It counts a part set beside the figure the row or sentence gives, not what a topic counts:
 * the signatures are the 500, not the three executives on top. A count that itself carries the topic and
 * merely follows "in addition to" or "besides" ("Besides 700 staff, …") is not read here.
 */

/** The word that adds or leaves out, right before the count and its hedge. */
const ADDED_OR_LEFT_OUT_BEFORE =
  /(?:^|[\s,(;:—–-])(?:plus|excluding|excludes|not\s+counting|not\s+including|minus|\+)\s+(?:(?:another|a\s+further|an\s+additional|an\s+extra|the|some|about|around|roughly|nearly)\s+)?$/i;

/**
 * "three more directors arrived", "two additional members were named": the count is an increment to a board
 * that already had its members, not the size of any board nor its ceiling.
 */
const MORE_MEMBERS_AFTER =
  /^\s+(?:more|additional|further|extra)\s+(?:(?:independent|outside|board)\s+)?(?:directors|members|trustees|seats)\b/i;

/**
 * The count ending `before` (its sentence up to it) is added to or left out of another count; or, with
 * `after` (the text after it), it adds more members to a board.
 */
export function isAddedPart(before: string, after = ''): boolean {
  return ADDED_OR_LEFT_OUT_BEFORE.test(before) || MORE_MEMBERS_AFTER.test(after);
}
