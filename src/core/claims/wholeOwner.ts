/*
 * A share of a whole ("nearly all") is a share of whoever owns the whole: "Of Anthropic's 800 staff,
 * nearly all signed a letter of their own", "Nearly all of Microsoft's 800 AI staff", "Of the 800
 * engineers at Anthropic, nearly all…". The owner sits in the whole's noun phrase, before the share's
 * clause, where the owner checks of the share's own clause do not look.
 */

/** A capitalised name's possessive right before the whole's number: "Anthropic's ", "Google DeepMind's some ". */
const POSSESSIVE_BEFORE =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&.-]*)['’]s?\s+(?:(?:some|about|around|roughly|nearly|almost|approximately|more\s+than|over|an\s+estimated)\s+)?$/u;
/** "800 staff at Anthropic,", "800 engineers of Google's lab": the whole's owner after its noun. */
const OWNER_AFTER = /^(?:\s+[\p{Ll}-]+){1,3}\s+(?:at|of|from|in)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*)/u;
/** How far around the whole its noun phrase is read. */
const REACH = 40;

/** The capitalised name that owns the whole at `start`..`end`, with its offset in `text`. */
export function wholeOwner(
  text: string,
  start: number,
  end: number,
): { index: number; word: string } | undefined {
  const from = Math.max(0, start - REACH);
  const before = POSSESSIVE_BEFORE.exec(text.slice(from, start));
  if (before) return { index: from + before.index, word: before[1]! };
  const after = OWNER_AFTER.exec(text.slice(end, end + REACH));
  if (after) return { index: end + after[0].length - after[1]!.length, word: after[1]! };
  return undefined;
}
