/**
 * A name the sentence only cites for a count, or one in another clause, owns no unnamed company.
 * "505, via Kara Swisher, out of a company of 770", "Kara Swisher reported 505; … out of a company of
 * 770", "Kara Swisher's tally", "Swisher 505, Business Today 490": the reporter of a number is its
 * source, not the company the number is out of. "… decamp to Microsoft — and counts ran … in a company
 * of 770", "in a company of 700-plus; … decamp to Microsoft": a name across a clause break is another
 * clause's. "Satya Nadella runs a company of 220,000", "Acme, a company of 770" still name an owner.
 */

/** A crediting word just before the name: "via", "per", "according to", "citing", "courtesy of", "h/t". */
const CREDITED_BEFORE = /\b(?:via|per|according\s+to|citing|courtesy\s+of|h\/t)\s+$/i;

/** How far back a crediting word is looked for. */
const CREDIT_REACH = 20;

/** A count word after a hedge: "about 500", "more than 700", "nearly 500". */
const COUNT = String.raw`(?:(?:about|around|roughly|some|nearly|almost|over|under|just|only|at\s+least|(?:more|fewer|less)\s+than|upwards\s+of)\s+)?\d`;

/**
 * What follows a name that only reports a count: its possessed tally ("Swisher's count", "Axios's own
 * figure"), or a reporting verb with the number ("reported 505", "put it at 700", "was citing 700"),
 * or the number itself in a list of sources ("Business Today 490").
 */
const SOURCE_AFTER = new RegExp(
  String.raw`^(?:['’]s?\s+(?:own\s+|first\s+|early\s+|earlier\s+|latest\s+|later\s+|initial\s+|running\s+)?` +
    String.raw`(?:tally|tallies|count|counts|figure|figures|number|numbers|estimate|reckoning|reporting|sources?|data)\b` +
    String.raw`|\s*,?\s*(?:(?:had|has|was|were|is)\s+)?(?:(?:first|later|initially|then|early)\s+)?` +
    String.raw`(?:reported|reporting|reports|counted|counting|counts|tallied|tallies|estimated|estimates|cited|citing|cites|` +
    String.raw`said|says|put\s+(?:it|the\s+\w+)\s+at|puts\s+(?:it|the\s+\w+)\s+at|pegged\s+(?:it|the\s+\w+)\s+at|claimed|claiming|claims)` +
    String.raw`\s+${COUNT}|\s+${COUNT}[\d,.]*\s*(?:\[\d+\])?\s*(?:[,;)]|and\b|while\b))`,
  'i',
);

/** A clause break: a semicolon, a sentence end, or a dash (a dash before the figure only when a new clause follows it). */
const BREAK_BEFORE = /[;!?]|\.\s|\s[—–-]\s*(?:and|but|while|yet|so|or|then)\b/i;
/** The figure's noun (two words at most), then a comma or "called"/"named"/"known as": the name that follows is the company's. */
const NAMES_COMPANY_AFTER =
  /^(?:\s+[\p{L}-]+){0,2}?(?:\s*,\s*|\s+(?:called|named|known\s+as|at|in)\s+|\s+\(\s*)$/u;

/** A later clause that points back at the name ("Microsoft grew; it is a company of 220,000"). */
const POINTS_BACK =
  /\b(?:it|its|it['’]s|they|their|which|the\s+(?:firm|company|group|giant|business|maker|start-?up|lab))\b/i;

/** The name only reports a count, or stands in another clause than the figure at [start, end). */
export function ownsNoCompany(
  text: string,
  name: { start: number; end: number },
  figureStart: number,
  figureEnd: number,
): boolean {
  if (CREDITED_BEFORE.test(text.slice(Math.max(0, name.start - CREDIT_REACH), name.start))) return true;
  if (SOURCE_AFTER.test(text.slice(name.end, name.end + 60))) return true;
  if (name.end <= figureStart) {
    const between = text.slice(name.end, figureStart);
    const cut = BREAK_BEFORE.exec(between);
    return cut !== null && !POINTS_BACK.test(between.slice(cut.index + 1));
  }
  // After the figure, only a name that closes its own phrase names the company ("a company of 770,
  // Acme,", "a company of 770 called Acme"); one further on ("…of 700-plus people, its signers warning
  // they would quit for Microsoft") is another clause's.
  return name.start >= figureEnd && !NAMES_COMPANY_AFTER.test(text.slice(figureEnd, name.start));
}
