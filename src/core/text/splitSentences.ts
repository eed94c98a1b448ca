export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * V8 segments a long string in more than linear time (measured in Node 20:
 * 56,000 characters take 8–17 ms at once, 1 ms in pieces of 2,000), so long
 * texts are segmented in pieces.
 */
const PIECE = 2000;
/**
 * The sentence rules (UAX #29) decide a boundary from the few characters
 * around it. A boundary found this far inside a piece is the one the whole
 * text has; nearer a piece's edge it may not be, so it is found again from
 * the next piece or a wider window.
 */
const MARGIN = 200;

/** Line breaks inside a block are source formatting that the browser renders as spaces: read as spaces (same offsets). */
const LINE_BREAK = /[\n\r\f\v\u0085\u2028\u2029]/g;
const flowing = (text: string) => text.replace(LINE_BREAK, ' ');

/** Titles before a name: news writes "Mr. Altman" throughout, and a title never ends a sentence. */
const TITLE =
  /(?:^|[^\p{L}\p{N}.])(?:Mr|Mrs|Ms|Mx|Messrs|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Cmdr|Sgt|Adm|Rev|Hon|Supt|St|Ste|Mt|Ft)\.[\s\p{Pi}\p{Pf}"')\]]*$/u;
/** An initial in a name ("Jerry A. Tworek", "J. R. R."). */
const INITIAL = /(?:^|[^\p{L}\p{N}.'’])\p{Lu}\.[\s]*$/u;
/**
 * Abbreviations that end a sentence only when one ends there ("in the U.S. The board…"), and
 * otherwise go on ("U.S. officials", "9 a.m. Friday", "Acme Inc. Chief", "Nov. 17"): dotted letters,
 * company forms, months, "Jr.", "No.", "vs.".
 */
const ABBREVIATION =
  /(?:^|[^\p{L}\p{N}.])(?:(?:\p{L}\.)+\p{L}|Inc|Corp|Co|Cos|Ltd|Bros|Jr|Sr|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|No|Nos|vs|approx|est|Dept|Univ|Assn)\.[\s]*$/u;
/**
 * "c. 770", "ca. 1,200": "circa" shortened goes on when a number follows it; a lone "c." may be a
 * list's item ("(c).") or an initial, which end where they end.
 */
const CIRCA = /(?:^|[^\p{L}\p{N}.])(?:c|ca)\.\s*$/u;
const NUMBER_OPENS = /^[~$€£]?\s?\d/u;
/**
 * Words that open a sentence rather than go on with a name or a phrase: after an abbreviation
 * that may end one, they say it did.
 */
const OPENER =
  /^[\p{Pi}"'(]*(?:The|A|An|He|She|It|They|We|I|You|His|Her|Its|Their|Our|My|This|That|These|Those|There|Here|But|And|Or|So|Yet|Still|Then|Now|In|On|At|For|After|Before|When|While|As|If|Although|Though|Because|Since|Asked|What|Why|How|Who|Where|No|Not|Some|Many|Most|All|Both|Neither|None|One|Last|Next|Earlier|Later|Meanwhile|However|Instead|Also|Even|Such)\b/u;

/**
 * A footnote's number printed as a superscript and read as text glues the next sentence to this one
 * ("…consistently candid.1 The board…", "…for OpenAI.10 And this month…"): the platform's rules never
 * break between a stop and a digit, so the break after the number is put back.
 */
const FOOTNOTE_BREAK = /\p{L}{2}[\p{Pf}"'’)]?[.!?][\p{Pf}"'’)]?\d{1,3}\s+(?=[\p{Pi}"'“]?\p{Lu})/gu;

/** After a closing quote the platform does break, but before the note's number: it goes back to its sentence. */
const NOTE_AFTER_QUOTE_END = /\p{L}{2}[.!?][\p{Pf}"'’)]+$/u;
const NOTE_OPENS = /^\d{1,3}\s+(?=[\p{Pi}"'“]?\p{Lu})/u;

/** How far around a boundary the joining rules look. */
const REACH = 24;

/** The boundary at `at` follows an abbreviation that does not end a sentence there. */
function abbreviationGoesOn(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - REACH), at);
  if (TITLE.test(before)) return true;
  const after = text.slice(at, at + REACH);
  if (CIRCA.test(before) && NUMBER_OPENS.test(after)) return true;
  if (INITIAL.test(before)) return /^[\p{Pi}"']*\p{Lu}/u.test(after) && !OPENER.test(after);
  return ABBREVIATION.test(before) && !OPENER.test(after);
}

/**
 * The sentence spans of `text` from `from` to `to` (offsets into `text`), by the platform's rules,
 * with the boundaries it puts after abbreviations and initials that end no sentence removed. That
 * decision reads only the text around the boundary, so every window that holds it agrees.
 */
function segment(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  // Looked for once: on a long block without tabs, a search per sentence would read the rest of the text each time.
  const tab = text.indexOf('\t', from);
  const tabbed = tab >= 0 && tab < to;
  for (const { index, segment } of segmenter.segment(flowing(text.slice(from, to)))) {
    const start = from + index;
    const end = start + segment.length;
    const last = spans.at(-1);
    if (last && abbreviationGoesOn(text, start)) last.end = end;
    else if (last && noteOpens(text, last, start, end)) {
      const note = NOTE_OPENS.exec(text.slice(start, end))![0].length;
      last.end = start + note;
      spans.push({ start: start + note, end });
    } else spans.push({ start, end });
    if (tabbed) splitCells(text, spans);
    splitFootnotes(text, spans);
  }
  return spans;
}

/** The segment at [start, end) opens with the footnote number of the sentence `last` closes with a quote. */
const noteOpens = (text: string, last: Span, start: number, end: number) =>
  last.end === start &&
  NOTE_AFTER_QUOTE_END.test(text.slice(Math.max(last.start, start - REACH), start)) &&
  NOTE_OPENS.test(text.slice(start, Math.min(end, start + REACH)));

/** The last span parted after each footnote number that ends a sentence inside it. */
function splitFootnotes(text: string, spans: Span[]): void {
  const last = spans.at(-1)!;
  const inside = text.slice(last.start, last.end);
  FOOTNOTE_BREAK.lastIndex = 0;
  let start = last.start;
  for (let m = FOOTNOTE_BREAK.exec(inside); m; m = FOOTNOTE_BREAK.exec(inside)) {
    const at = last.start + m.index + m[0].length;
    if (at >= last.end) break;
    spans.splice(spans.length - 1, 1, { start, end: at }, { start: at, end: last.end });
    start = at;
  }
}

/**
 * A tab inside a block parts the cells of a row ("Ilya Sutskever\tChief Scientist\tVoted to remove
 * Altman"): each cell is a sentence of its own, ending after its tab, so no claim reads across cells.
 */
function splitCells(text: string, spans: Span[]): void {
  const last = spans.at(-1)!;
  let tab = text.indexOf('\t', last.start);
  if (tab < 0 || tab >= last.end - 1) return;
  const end = last.end;
  spans.pop();
  let start = last.start;
  for (; tab >= 0 && tab < end - 1; tab = text.indexOf('\t', tab + 1)) {
    // Tabs in a row, or spaces after one, stay with the cell before.
    let next = tab + 1;
    while (next < end && /\s/.test(text[next]!)) next++;
    if (next >= end || /^\s*$/.test(text.slice(start, tab))) continue;
    spans.push({ start, end: next });
    start = next;
    tab = next - 1;
  }
  spans.push({ start, end });
}

/** The sentence spans of `text` segmented at once: what `splitSentences` gives, in more than linear time. */
export function segmentWhole(text: string): Span[] {
  return segment(text, 0, text.length);
}

/**
 * Sentence spans of `text`, by the platform's Unicode sentence rules, in
 * pieces that each start on a boundary the whole text has, so the spans are
 * those of segmenting it at once, in linear time.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  while (from < text.length) {
    let size = PIECE;
    for (;;) {
      const to = Math.min(text.length, from + size);
      const pieces = segment(text, from, to);
      if (to === text.length) {
        spans.push(...pieces);
        return spans;
      }
      const kept = pieces.filter((s) => s.end <= to - MARGIN);
      if (kept.length) {
        spans.push(...kept);
        from = kept.at(-1)!.end;
        break;
      }
      // One sentence longer than the piece.
      size *= 2;
    }
  }
  return spans;
}

/**
 * The sentence around `offset`, segmenting only a window around it: what a
 * block costs then depends on how many figures or cues it holds, not on its
 * length. The span is the one `splitSentences` gives (the window widens until
 * both its ends are well inside it).
 */
export function sentenceAround(text: string, offset: number): Span {
  return sentencesAround(text, offset, 0)[0]!;
}

/**
 * The sentence around `offset` and up to `before` sentences before it (fewer
 * at the text's start), in order, from one window segmented around them.
 */
export function sentencesAround(text: string, offset: number, before: number): Span[] {
  let reach = 600 * (before + 1);
  for (;;) {
    const from = Math.max(0, offset - reach);
    const to = Math.min(text.length, offset + reach / (before + 1));
    const spans = segment(text, from, to);
    let at = spans.length - 1;
    while (at > 0 && spans[at]!.start > offset) at--;
    const first = Math.max(0, at - before);
    const ok =
      (from === 0 || (first > 0 && spans[first]!.start - from >= MARGIN)) &&
      (to === text.length || to - spans[at]!.end >= MARGIN);
    if (ok) return spans.slice(first, at + 1);
    reach *= 2;
  }
}

/** The span containing `offset` (spans are sorted and cover the text). */
export function spanAt(spans: Span[], offset: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo] ?? { start: 0, end: offset };
}
