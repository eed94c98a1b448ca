/**
 * The lines an aggregator, a homepage or a section front prints around each of its items: the
 * outlet and how long ago ("Reuters · 2 hours ago", "The Atlantic Ledger — 35 min ago", "3h ago",
 * "Updated 9:40 a.m."), and a snippet of the story cut off mid-sentence ("Late Tuesday the company
 * announced a deal in principle: the chief returns…"). A page of such items is a feed of stories:
 * the page's own content, whatever heading ("Top stories", "Trending") stands over it.
 */

/** How long ago, or when, an item was posted: "2 hours ago", "35 min ago", "3h ago", "just now", "yesterday". */
const POSTED =
  '(?:(?:\\d{1,3}|an?|one)\\s?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\\s+ago|just\\s+now|yesterday|today|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?|(?:updated|posted|published)\\s+[^·•|]{1,30})';
/** A line that is the outlet and the time an item was posted, or the time alone; maybe a count of sources after. */
const OUTLET_TIME = new RegExp(
  `^[\\s\\p{P}\\p{S}]*(?:[^!?·•|\\n]{1,60}?\\s*[·•|—–]\\s*)?${POSTED}(?:\\s*[·•|]\\s*[^.!?·•|\\n]{1,30})?[\\s\\p{P}\\p{S}]*$`,
  'iu',
);
/** A snippet cut off before its sentence ends: a word, then an ellipsis ("…it", not "…done.…" nor a quote's "[…]"). */
const CUT_END = /[\p{L}\p{N},;'’]\s?(?:…|\.\.\.)\s*$/u;
/** A snippet has words enough to be a story's opening, not a "More…" link. */
const SNIPPET_WORDS = 6;

/** The longest outlet-and-time line. */
const OUTLET_LINE = 120;
/** The longest snippet: a teaser of two or three lines. */
const SNIPPET = 400;

/** The block is an item's outlet-and-time line or its cut-off snippet: a feed's, not a rail's. */
export function isFeedItemLine(text: string): boolean {
  const trimmed = text.trim();
  return (
    (trimmed.length <= OUTLET_LINE && OUTLET_TIME.test(trimmed)) ||
    (trimmed.length <= SNIPPET &&
      CUT_END.test(trimmed) &&
      trimmed.split(/\s+/, SNIPPET_WORDS).length >= SNIPPET_WORDS)
  );
}

/** A tab or a bare time that heads no item: "Today", "This week", "Past 24 hours", "Nov. 21, 2023". */
const TIME_TAB =
  /^\W*(?:today|yesterday|tonight|now|this\s+(?:week|month|year)|(?:past|last)\s+(?:\d+\s+)?\p{L}+|all\s+time|24\s*h(?:ours|rs)?|\d+\s*[hdwm]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?)\W*$/iu;
/** A relative time, which a feed prints per item and a tab bar never does: "2 hours ago", "3h ago", "just now". */
const RELATIVE_POSTED = /\bago\b|\bjust\s+now\b/i;

/**
 * An item's posted line that only a feed prints: the outlet and the time, or a relative time ("3h
 * ago"). A bare "Today" / "Yesterday" / date is a rail's tab as often, and a cut teaser sits under
 * a "Most read" headline too: neither shows a feed.
 */
export function isItemPostedLine(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > OUTLET_LINE || !OUTLET_TIME.test(trimmed)) return false;
  if (RELATIVE_POSTED.test(trimmed)) return true;
  const parts = trimmed.split(/\s*[·•|—–]\s*/).filter((part) => /\p{L}/u.test(part));
  return parts.length >= 2 && parts.some((part) => !TIME_TAB.test(part));
}

/** A teaser cut off mid-sentence ("The board said he had not been consistently candid..."): a linked item's, never the body's. */
export function isCutTeaser(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= SNIPPET && CUT_END.test(trimmed);
}
