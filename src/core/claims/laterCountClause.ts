/*
 * A count, then a clause of its own with another count in it:
 *
 *   "more than a dozen senior people walked this year, with at least seven going to Meta"
 *   "put the number who departed OpenAI in 2025 at 12; the summer alone saw seven recruited by Meta"
 *   "about 500 signed by breakfast, while the organisers were claiming 700 by lunch"
 *   "the organisers were reporting more than 700, against a payroll usually given as about 770"
 *   "the organisers talked of more than 700, which is most of a workforce of 700-plus"
 *
 * The later clause's words (Meta, the summer, recruited) tell what its own count counts, not the first
 * one's: the dozen are the year's departures, and only the seven went to Meta. The clause opens at a
 * semicolon, or at ", with" / ", while" / ", whereas", or where a whole is set against the count
 * (", against a payroll of…", ", which is most of a workforce of…"); a list ("505, and later more than 700, who
 * signed") is one clause, and its words are every count's.
 */

interface Positioned {
  start: number;
  end: number;
}

/** A count's own hedge before its number: "more than", "about", "at least". */
const COUNT_HEDGE =
  /\b(?:more\s+than|fewer\s+than|less\s+than|at\s+least|about|around|roughly|nearly|almost|some|over|under)\b/giu;
/** Where a clause of its own opens after a count. */
const CLAUSE_OPENS =
  /;|,\s+(?:with|while|whereas|against|which\s+is\s+(?:most|all|nearly\s+all|almost\s+all)\s+of)\b/g;

/** The cues of a count's sentence without those of a later clause that has a count of its own (see above). */
export function outsideLaterCountClause<C extends Positioned>(
  text: string,
  span: Positioned,
  figure: Positioned,
  figures: readonly Positioned[],
  cues: C[],
): C[] {
  const next = figures.find((f) => f.start >= figure.end && f.end <= span.end);
  if (!next) return cues;
  const between = text.slice(figure.end, next.start);
  let opens: number | undefined;
  for (const m of between.matchAll(CLAUSE_OPENS)) opens = figure.end + m.index;
  if (opens === undefined) return cues;
  // "505 (early count); more than 700 (organisers)": a later count that opens its part is a list's next item.
  if (text[opens] === ';' && !/\p{L}/u.test(text.slice(opens + 1, next.start).replace(COUNT_HEDGE, '')))
    return cues;
  return cues.filter((c) => c.end <= opens);
}
