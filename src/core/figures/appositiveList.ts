/*
 * A count, then the names it counts set off, then what they did:
 *
 * - dashes: "Four people — McCauley, Toner, D'Angelo and Sutskever — decided he should go"
 * - brackets: "four directors (McCauley, Toner, D'Angelo and Sutskever) voted to remove him"
 * - commas: "just two, Altman and Brockman, are still there", "four board members, Tasha McCauley,
 *   Helen Toner, Adam D'Angelo and Ilya Sutskever, voted to fire him"
 *
 * The list names the count's members, so the clause goes on after it as if the list were not there.
 * Only a list of as many names as the count is read so: "four firms, Google and Meta among them," or
 * "two people, one of them a director," are other asides.
 */

/** Up to three words of the count's noun phrase ("people", "board members", "of its directors"), then the opening mark. */
const LIST_OPENS = /^((?:\s+[\p{Ll}'’-]+){0,3}?)\s*(?:(?<dash>[—–]|\s-\s|--)|(?<paren>\()|(?<comma>,))\s*/u;
/** The closing mark that answers each opening one. */
const CLOSES = { dash: /^\s*(?:[—–]|\s-\s|--)/, paren: /^\s*\)/, comma: /^\s*,/ } as const;
/** One name: up to four capitalised words, with initials, apostrophes and particles ("Adam D'Angelo", "Ilya Sutskever"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|van|von|da|di|le|la)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}`;
/** A list of names: "A, B, C and D", "A, B, C, and D", "A and B", "A, B plus C". */
const NAME_LIST = new RegExp(
  `^${NAME}(?:(?:\\s*,\\s*(?:and\\s+|plus\\s+)?|\\s+(?:and|plus|&)\\s+)${NAME})+`,
  'u',
);
const LIST_JOINT = /\s*,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus|&)\s+/;
/** The most names a list set off after a count is read for. */
const MOST_NAMES = 12;

/**
 * The text after a count (from its end) with a list of as many names as the count set off right
 * after it taken out: " people — A, B, C and D — decided…" → " people decided…". Unchanged where no
 * such list follows.
 */
export function withoutAppositiveList(after: string, count: number): string {
  const list = appositiveList(after, count);
  return list ? after.slice(0, list.start) + after.slice(list.end).replace(/^(?=\S)/, ' ') : after;
}

/** Where the list set off after a count stands in `after` (from the opening mark to the closing one). */
function appositiveList(after: string, count: number): { start: number; end: number } | undefined {
  if (count < 2 || count > MOST_NAMES) return undefined;
  const open = LIST_OPENS.exec(after);
  if (!open) return undefined;
  const kind = open.groups!.dash ? 'dash' : open.groups!.paren ? 'paren' : 'comma';
  const rest = after.slice(open[0].length);
  const list = NAME_LIST.exec(rest);
  if (!list || list[0].split(LIST_JOINT).length !== count) return undefined;
  const close = CLOSES[kind].exec(rest.slice(list[0].length));
  if (!close) return undefined;
  return { start: open[1]!.length, end: open[0].length + list[0].length + close[0].length };
}

interface Positioned {
  start: number;
  end: number;
}

/**
 * The cues of a count's clause without those in the names it lists: "Three, Google, Meta and
 * Amazon, are still hiring" says nothing about Meta's hires; the names say who is counted.
 */
export function outsideAppositiveList<C extends Positioned>(
  text: string,
  span: Positioned,
  figure: Positioned & { value: number },
  cues: C[],
): C[] {
  const list = appositiveList(text.slice(figure.end, Math.min(span.end, figure.end + 160)), figure.value);
  if (!list) return cues;
  const start = figure.end + list.start;
  const end = figure.end + list.end;
  return cues.filter((c) => c.end <= start || c.start >= end);
}
