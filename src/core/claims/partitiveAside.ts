/*
 * A count, then an aside that says where a part of it went:
 *
 *   "OpenAI lost more than a dozen of its most senior people, the bulk of them to Meta"
 *   "a dozen researchers left, most of them for Meta", "14 departures — seven to Meta alone —"
 *   "12 people walked out, several of whom went to Meta", "20 exits (half of them to Meta)"
 *   "…left this year, including four to Anthropic"
 *
 * The aside's words (Meta, the destination) belong to the part it counts, not to the whole count
 * before it: the dozen are the departures, and only "the bulk" went to Meta. A figure inside the
 * aside ("seven to Meta") keeps them, and so does one in a clause after it, "; seven went to Meta".
 */

const SMALL_NUMBER = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}';
/** The part: "the bulk", "most", "half", "a handful", "seven", "all but two". */
const PART = `(?:the\\s+(?:bulk|majority|lion['’]s\\s+share)|most|many|some|several|half|a\\s+(?:few|handful|number|majority|third|quarter|dozen)|(?:nearly|almost|virtually)\\s+all|all\\s+but\\s+(?:${SMALL_NUMBER})|(?:at\\s+least\\s+|about\\s+|nearly\\s+|more\\s+than\\s+)?(?:${SMALL_NUMBER}))`;
/** What the part did on its way: "went to", "headed for", "defecting to", "poached by". */
const MOVE =
  '(?:went|going|gone|headed|heading|decamped|decamping|defected|defecting|moved|moving|leaving|left|lured|poached|hired|bound)';
const PARTITIVE_ASIDE = new RegExp(
  `(?:[,;(]|\\s[—–-])\\s*(?:including\\s+|among\\s+them\\s+)?${PART}(?:\\s+of\\s+(?:them|whom|those|these))?(?:\\s+${MOVE})?\\s+(?:to|for|by)\\s+`,
  'iu',
);
/** Where the aside ends: a bracket or dash closing it, a semicolon, or the sentence's end. */
const ASIDE_END = /[);—–]|\s-\s/;
/** A count of its own in the clause after the aside. */
const OWN_COUNT = new RegExp(`^\\s*(?:[\\p{L}'’-]+\\s+){0,3}?(?:${SMALL_NUMBER}|dozens?|scores?)\\b`, 'iu');
/** How far after the count the aside may open (the count's noun phrase comes first). */
const REACH = 120;

interface Positioned {
  start: number;
  end: number;
}

/** The cues of a count's clause without those in a partitive aside after it (see above). */
export function outsidePartitiveAside<C extends Positioned>(
  text: string,
  span: Positioned,
  figure: Positioned,
  cues: C[],
): C[] {
  const after = text.slice(figure.end, Math.min(span.end, figure.end + REACH));
  const aside = PARTITIVE_ASIDE.exec(after);
  if (!aside) return cues;
  const start = figure.end + aside.index;
  const tail = text.slice(start + aside[0].length, span.end);
  const close = ASIDE_END.exec(tail);
  // "…, the bulk of them to Meta; seven researchers went to Meta's lab": a clause after the semicolon
  // with its own count goes on about the part, and its words are that count's.
  const partGoesOn = close?.[0] === ';' && OWN_COUNT.test(tail.slice(close.index + 1));
  const end = start + aside[0].length + (close && !partGoesOn ? close.index : tail.length);
  return cues.filter((c) => c.end <= start || c.start >= end);
}
