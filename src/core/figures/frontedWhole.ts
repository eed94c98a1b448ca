/*
 * A whole set before its clause, then the part the clause is about:
 *
 *   "Of a payroll of 800, nearly all had threatened to leave"  "Of the 770 staff, 738 signed"
 *   "Of those three, only two are newcomers"  "Of OpenAI's roughly 770 employees, almost all signed"
 *   "Out of a workforce of 770, virtually all put their names to it"
 *
 * The fronted count is the whole the part is taken from: it is never the part's own count.
 */

/**
 * "Of", "Out of", "From" opening the sentence (or, lower-case, a clause after a semicolon, colon or dash: "…;
 * of those three, only two were new"), then the whole's determiner or "a payroll of".
 */
const FRONTED_WHOLE_BEFORE =
  /(?:(?:^|[.!?]["”’]?\s+|\n\s*)["“‘]?(?:Of|Out\s+of|From)|[;:—–]\s*["“‘]?(?:[Oo]f|[Oo]ut\s+of|[Ff]rom))\s+(?:(?:an?\s+)?(?:payroll|staff|workforce|headcount|team|company|total|board|group|list|slate|field)\s+of\s+|(?:the|those|these|its|their|his|her|\p{Lu}[\p{L}\p{N}-]*['’]s|the\s+(?:company|firm|start-?up|lab|board)['’]s)\s+)(?:(?:some|about|around|roughly|nearly|almost|more\s+than|over|just\s+over|approximately)\s+)?$/u;
/** The whole's noun phrase (up to three words), then the comma that closes the fronted phrase. */
const CLOSES_AFTER = /^(?:\s+[\p{L}'’-]+){0,3}?\s*,\s+/u;
/** "nearly all", "almost all (of them)" as the clause's subject ("nearly all of the engineers" counts another whole). */
const SHARE_AFTER =
  /^(?:\s+[\p{L}'’-]+){0,3}?\s*,\s+(?<share>(?:nearly|almost|virtually|practically|essentially)\s+all)\b(?!\s+(?:of\s+(?!them\b|those\b)|the\b))/iu;

/** The count is a fronted whole: "Of those three," before the part its clause counts. */
export function isFrontedWhole(before: string, after: string): boolean {
  return FRONTED_WHOLE_BEFORE.test(before) && CLOSES_AFTER.test(after);
}

/** After a fronted whole, where "nearly all" stands as the clause's subject, relative to `after`. */
export function shareAfterFrontedWhole(
  before: string,
  after: string,
): { start: number; wording: string } | undefined {
  if (!FRONTED_WHOLE_BEFORE.test(before)) return undefined;
  const m = SHARE_AFTER.exec(after);
  if (!m) return undefined;
  const wording = m.groups!.share!;
  return { start: m[0].length - wording.length, wording };
}
