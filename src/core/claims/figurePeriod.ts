import { eachMatch } from '../text/eachMatch.ts';
import { MONTH_NAMES } from '../text/months.ts';
import { findFigures, type PageFigure } from '../figures/parseFigure.ts';
import { parseNumberWords } from '../figures/parseNumberWords.ts';
import type { Span } from '../text/splitSentences.ts';
import {
  LOOK_BACK,
  looksBackward,
  RELATIVE_SHIFT,
  shiftPeriod,
  weekdayBeforeAnchor,
  weekdayFrom,
} from './relativeTime.ts';

/** What core knows of the page a block is on. */
export interface PageContext {
  /** When the page says it was published: YYYY-MM-DD or YYYY-MM (the content script's readPublishedDate). */
  published?: string;
  /**
   * When a page with no publication date says it was last updated: what its "now", "today", "year to
   * date" and ages mean, but not the year of a date it gives without one (its narrative is older).
   */
  updated?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH = `(${MONTH_NAMES})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * Dates a sentence gives, each as [pattern, what its groups are]. A day or
 * month without a year, or a weekday, is read against the page's date.
 */
const DATES: Array<
  [RegExp, 'month day year' | 'day month year' | 'month year' | 'year' | 'weekday' | 'month']
> = [
  [new RegExp(`\\b${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?(?![\\w])`, 'g'), 'month day year'],
  [new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?(?![\\w])`, 'g'), 'day month year'],
  [new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'g'), 'month year'],
  [new RegExp(`\\b(?:[Ii]n|[Dd]uring|[Ff]or|[Oo]f)\\s+(?:early\\s+|late\\s+|mid-)?${YEAR}\\b`, 'g'), 'year'],
  [/\b(?:[Oo]n|[Ll]ast|[Tt]his)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g, 'weekday'],
  // "Monday's 2% jump": the day a move or a count belongs to.
  [/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)['’]s\b/g, 'weekday'],
  // "in March", "in its March funding round"; not "in March 2022", whose year the month-year pattern reads
  // ("Mar" must not stop short of "March" to pass the no-year check).
  [
    new RegExp(
      `\\b(?:[Ii]n|[Dd]uring)\\s+(?:(?:its|their|the|a)\\s+)?(?:early\\s+|late\\s+|mid-)?${MONTH}(?![\\w]|,?\\s*\\d)`,
      'g',
    ),
    'month',
  ],
];
/**
 * "two years ago", "a year earlier", "last year", "the previous year": a year counted back from the
 * page's date (the period a year-ender's figure is of).
 */
const YEARS_BACK =
  /\b(?:(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years?\s+(?:ago|earlier|before)|(last|previous|prior)\s+year)\b/gi;
/**
 * Words that put a figure at the time of writing ("now holds", "is valued today at"); not an anniversary's
 * "two years ago today", "a year ago this week", where the word dates the counting back.
 */
const NOW =
  /(?<!\b(?:ago|earlier|before)\s+)\b(?:now|today|currently|this week|this month|this year|so far this year|at present)\b/gi;
/**
 * "Business Today", "USA Today", "India Today", "ABC's This Week", "NBC News Now": a time word with a
 * capital after a capitalised word is a title's, an outlet or a show, not the time of writing.
 */
/** The capitalised word: initials with their dots ("U.S."), or a word with no dot, so "…OpenAI. Today" is no title. */
const TITLE_WORD_BEFORE = /(?:(?:\p{Lu}\.){2,4}|\p{Lu}[\p{L}\p{N}'’&-]*['’]?s?)\s+$/u;
export const inTitle = (words: string, at: number) =>
  /^\p{Lu}/u.test(words[at] ?? '') && TITLE_WORD_BEFORE.test(words.slice(Math.max(0, at - 30), at));

/** "Altman, then aged 38": an age of another time than the page's. */
const THEN_BEFORE = /\bthen\s+(?:aged?\s+)?$/i;
/** A day or month with no year is read as last year's only when it falls this soon before the page's date (a report says "on November 22" of last week, not of two years before); earlier in the page's own year it is this year's. */
const RECENT_DAYS = 45;

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (word: string) =>
  MONTHS.indexOf(word.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;

function toUtc(date: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(date);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1))) : undefined;
}

/** A month and day without a year, as the latest such date not after the page's: this year's, or last year's if recent. */
function recent(month: number, day: number | undefined, published: string | undefined): string | undefined {
  const page = published ? toUtc(published) : undefined;
  if (!page) return undefined;
  for (const year of [page.getUTCFullYear(), page.getUTCFullYear() - 1]) {
    // A month counts from its last day: "in January" on 28 February is recent.
    const date = new Date(Date.UTC(year, day === undefined ? month : month - 1, day ?? 0));
    const daysBefore = (page.getTime() - date.getTime()) / 86_400_000;
    if (daysBefore < 0) continue;
    // Earlier in the page's own year ("in March" on an August page) is this year's; last year's only if recent.
    if (daysBefore > RECENT_DAYS && year !== page.getUTCFullYear()) return undefined;
    return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  }
  return undefined;
}

function weekdayBefore(name: string, published: string | undefined): string | undefined {
  const page = published && published.length >= 10 ? toUtc(published) : undefined;
  if (!page) return undefined;
  const back = (page.getUTCDay() - WEEKDAYS.indexOf(name.toLowerCase()) + 7) % 7;
  const date = new Date(page.getTime() - back * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The dates a block names, in order (no weekday: it is read against one of these), parsed once per block. */
let blockDates:
  { text: string; published: string | undefined; dates: Array<{ period: string; end: number }> } | undefined;
function blockDateBefore(text: string, offset: number, published: string | undefined): string | undefined {
  if (blockDates?.text !== text || blockDates.published !== published) {
    const dates: Array<{ period: string; start: number; end: number }> = [];
    for (const [pattern, kind] of DATES) {
      if (kind === 'weekday') continue;
      for (const m of eachMatch(pattern, text)) {
        const period = dateOf(kind, m.slice(1), published);
        if (period) dates.push({ period, start: m.index, end: m.index + m[0].length });
      }
    }
    blockDates = { text, published, dates: dates.sort((a, b) => a.end - b.end || b.start - a.start) };
  }
  let last: string | undefined;
  for (const d of blockDates.dates) if (d.end <= offset) last = d.period;
  return last;
}

/** Where the block first tells a time gone by ("that Sunday"), once per block; Infinity where it never does. */
let lookBack: { text: string; at: number } | undefined;
function lookBackAt(text: string): number {
  if (lookBack?.text !== text) lookBack = { text, at: LOOK_BACK.exec(text)?.index ?? Infinity };
  return lookBack.at;
}

/**
 * The day a weekday names. Counted back from the page's date, unless the block tells days long gone:
 * after a date named months before the page ("On 17 November… On Monday") it is that week's; in a
 * look-back that names no date before it ("that Sunday… Monday's tallies") it is the story's, which no date here
 * gives (the figure is then of the period of the report nearest it).
 */
function weekdayPeriod(
  name: string,
  anchor: string | undefined,
  lookBack: boolean,
  published: string | undefined,
  backward = false,
): string | undefined {
  const counted = weekdayBefore(name, published);
  if (anchor && (!counted || !recentTo(anchor, counted)))
    return backward ? weekdayBeforeAnchor(name, anchor) : weekdayFrom(name, anchor);
  if (lookBack) return undefined;
  return counted;
}

/** A date falls within RECENT_DAYS before a day (a month counted from its last day). */
function recentTo(anchor: string, day: string): boolean {
  const a = toUtc(anchor)!;
  if (anchor.length === 7) a.setUTCMonth(a.getUTCMonth() + 1);
  if (anchor.length === 4) return anchor === day.slice(0, 4);
  return (toUtc(day)!.getTime() - a.getTime()) / 86_400_000 <= RECENT_DAYS;
}

/** The date one match of a date pattern gives, as YYYY, YYYY-MM or YYYY-MM-DD. */
function dateOf(kind: (typeof DATES)[number][1], g: string[], published: string | undefined) {
  switch (kind) {
    case 'month day year':
      return g[2]
        ? `${g[2]}-${pad(monthOf(g[0]!))}-${pad(Number(g[1]))}`
        : recent(monthOf(g[0]!), Number(g[1]), published);
    case 'day month year':
      return g[2]
        ? `${g[2]}-${pad(monthOf(g[1]!))}-${pad(Number(g[0]))}`
        : recent(monthOf(g[1]!), Number(g[0]), published);
    case 'month year':
      return `${g[1]}-${pad(monthOf(g[0]!))}`;
    case 'year':
      return g[0];
    case 'weekday':
      return weekdayBefore(g[0]!, published);
    case 'month':
      return recent(monthOf(g[0]!), undefined, published);
  }
}

/**
 * The sentence's own figures, parsed once per sentence: figurePeriod runs for each figure of a sentence,
 * and parsing the words before each date again for each figure made a long timeline cubic work.
 */
interface ParsedSentence {
  text: string;
  start: number;
  end: number;
  figures: PageFigure[];
  /** How many digits the sentence has before each offset. */
  digitsBefore: Uint32Array;
}
let parsed: ParsedSentence | undefined;
function parseSentence(text: string, sentence: Span, words: string): ParsedSentence {
  if (parsed?.text === text && parsed.start === sentence.start && parsed.end === sentence.end) return parsed;
  const digitsBefore = new Uint32Array(words.length + 1);
  for (let i = 0; i < words.length; i++) {
    const c = words.charCodeAt(i);
    digitsBefore[i + 1] = digitsBefore[i]! + (c >= 48 && c <= 57 ? 1 : 0);
  }
  return (parsed = {
    text,
    start: sentence.start,
    end: sentence.end,
    figures: findFigures(words),
    digitsBefore,
  });
}

/** The words from `from` to `to` (offsets in the sentence) hold another value of the figure's measure. */
function otherFigureBetween(sentence: ParsedSentence, from: number, to: number, figure: PageFigure) {
  if (sentence.digitsBefore[to] === sentence.digitsBefore[from]) return false;
  return sentence.figures.some(
    (other) => other.start >= from && other.end <= to && other.unit === figure.unit && !other.isAge,
  );
}

/** "YTD", "year to date", "year-to-date": the page's year so far. */
const YEAR_TO_DATE = /\b(?:YTD|year[\s-]to[\s-]date)\b/gi;

/**
 * The period a figure on the page is of, where its sentence says: the date
 * nearest the figure in its sentence, or the page's date where the sentence
 * speaks of the present ("now holds", "today") or gives an age (at year
 * precision: "Altman, 40," on a 2026 page is his age in 2026). Undefined
 * where it says neither: the figure is then taken to be of the period of the
 * report nearest to it (figureVerdict).
 */
export function figurePeriod(
  text: string,
  sentence: Span,
  figure: PageFigure,
  page: PageContext | undefined,
): string | undefined {
  const published = page?.published;
  // What the page's present tense means: when it was published, or else last updated.
  const present = published ?? page?.updated;
  const words = text.slice(sentence.start, sentence.end);
  const at = figure.start - sentence.start;
  const end = figure.end - sentence.start;
  let best: { period: string; distance: number } | undefined;
  const consider = (period: string | undefined, start: number, length: number) => {
    if (!period) return;
    // A date the figure is part of ("22 November") is not a date beside it.
    if (start < end && at < start + length) return;
    const distance = start >= end ? start - end : at - (start + length);
    if (best && distance >= best.distance) return;
    // "rose to 770 from 700 in January", "$86 billion, triple the $28 billion of April 2023": a date after
    // another figure of the same measure is that figure's, not one before it.
    if (start >= end && otherFigureBetween(parseSentence(text, sentence, words), end, start, figure)) return;
    best = { period, distance };
  };
  // Dates the sentence names, and the last one its block named before it: what relative time counts from.
  const named: Array<{ period: string; index: number; end: number }> = [];
  for (const [pattern, kind] of DATES) {
    if (kind === 'weekday') continue;
    for (const m of eachMatch(pattern, words)) {
      const period = dateOf(kind, m.slice(1), published);
      consider(period, m.index, m[0].length);
      if (period) named.push({ period, index: m.index, end: m.index + m[0].length });
    }
  }
  const anchorAt = (offset: number) =>
    // The last date before it, the longest where two end together ("17 November 2023", not "November 2023").
    named.filter((d) => d.end <= offset).sort((a, b) => b.end - a.end || a.index - b.index)[0]?.period ??
    blockDateBefore(text, sentence.start, published);
  for (const [pattern, kind] of DATES) {
    if (kind !== 'weekday') continue;
    for (const m of eachMatch(pattern, words)) {
      // "on Friday, Nov. 17, 2023", "on Friday 17 November": the weekday names the date set beside it.
      const after = m.index + m[0].length;
      if (named.some((d) => d.index >= after && /^,?\s*$/.test(words.slice(after, d.index)))) continue;
      consider(
        weekdayPeriod(
          m[1]!,
          anchorAt(m.index),
          lookBackAt(text) < sentence.start + m.index,
          published,
          // "He had been fired on Friday", "last Friday": a day before the date named.
          looksBackward(words.slice(0, m.index + m[0].lastIndexOf(m[1]!))),
        ),
        m.index,
        m[0].length,
      );
    }
  }
  // "triple the $28 billion it had fetched seven months before", "a year on": counted from the date named.
  for (const m of eachMatch(RELATIVE_SHIFT, words)) {
    const anchor = anchorAt(m.index);
    if (anchor) consider(shiftPeriod(anchor, m[1]!, m[2]!, m[3]!), m.index, m[0].length);
  }
  const year = published ? Number(published.slice(0, 4)) : NaN;
  if (year)
    for (const m of eachMatch(YEARS_BACK, words)) {
      const count = m[1]?.toLowerCase();
      const back = m[2] || count === 'a' ? 1 : (parseNumberWords(count!) ?? Number(count));
      consider(String(year - back), m.index, m[0].length);
    }
  // "MSFT YTD: +57%", "up 57% year to date": a move over the page's year so far, not a day's.
  if (present)
    for (const m of eachMatch(YEAR_TO_DATE, words)) consider(present.slice(0, 4), m.index, m[0].length);
  // "now" dates what follows it in its clause ("now holds roughly 27%"), not what came before ("the
  // $86bn tender now looks like a bargain"), nor one side of "then and now".
  if (present)
    for (const m of eachMatch(NOW, words))
      if (
        m.index < at &&
        !/[;:]/.test(words.slice(m.index, at)) &&
        !/then and $/i.test(words.slice(0, m.index)) &&
        !inTitle(words, m.index)
      )
        consider(present, m.index, m[0].length);
  if (best) return figure.isAge ? best.period.slice(0, 4) : best.period;
  if (figure.isAge && present && !THEN_BEFORE.test(words.slice(0, at))) return present.slice(0, 4);
  return undefined;
}

/**
 * The weekday the figure's sentence gives it ("rose 1.6% on Monday", "Monday's 2% jump"), where the
 * page has no date to read it against: a figure of Monday is not one of a Wednesday, whatever the week.
 */
export function sentenceWeekday(text: string, sentence: Span): string | undefined {
  const words = text.slice(sentence.start, sentence.end);
  for (const [pattern, kind] of DATES) {
    if (kind !== 'weekday') continue;
    for (const m of eachMatch(pattern, words)) return m[1]!.toLowerCase();
  }
  return undefined;
}

/** "on Monday", "Monday's": a weekday with no word that counts it from the time of writing ("last", "this"). */
const BARE_WEEKDAY =
  /\b(?:[Oo]n\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)['’]s)\b/;

/**
 * The day a sentence's bare weekday ("On Monday, 700 signed") gives where only the page's date dates
 * it: no date named in the sentence or before it in the block, no look-back. Counting back from the
 * page's date is then a guess: a page written weeks or years after the events tells the story's days
 * by weekday too, which the caller weighs against the topic's moment.
 */
export function countedBackDay(
  text: string,
  sentence: Span,
  page: PageContext | undefined,
): string | undefined {
  const published = page?.published;
  const words = text.slice(sentence.start, sentence.end);
  const m = BARE_WEEKDAY.exec(words);
  if (!m || !published) return undefined;
  for (const [pattern, kind] of DATES) {
    if (kind === 'weekday') continue;
    for (const _ of eachMatch(pattern, words)) return undefined;
  }
  if (blockDateBefore(text, sentence.start, published) !== undefined) return undefined;
  if (lookBackAt(text) < sentence.start + m.index) return undefined;
  return weekdayBefore((m[1] ?? m[2])!, published);
}

/** The weekday of a YYYY-MM-DD date, lowercase; undefined for a month or a year. */
export function weekdayOfDate(date: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return WEEKDAYS[toUtc(date)!.getUTCDay()];
}

/** A cell that is only a date, maybe with a weekday and a note ("Fri., Nov. 17", "22 November 2023 (pre-market)"). */
const DATE_CELL = new RegExp(
  `^\\W*(?:[A-Z][a-z]{2,8}\\.?,?\\s+)?(?:${MONTH}\\s+${DAY}|${DAY}\\s+(?:of\\s+)?${MONTH})(?:,?\\s+${YEAR})?\\s*(?:\\([^()]{0,30}\\))?\\W*$`,
);

/** The block is only a date: a table row's date cell. */
export const isDateCell = (text: string) => text.length <= 60 && DATE_CELL.test(text);

/** The date a date cell gives, read against the page's date. */
export function dateCell(text: string, page: PageContext | undefined): string | undefined {
  if (!isDateCell(text)) return undefined;
  for (const [pattern, kind] of DATES.slice(0, 2))
    for (const m of eachMatch(pattern, text)) return dateOf(kind, m.slice(1), page?.published);
  return undefined;
}

/** A cell that is only a month and year, a year, or a season of one ("Nov 2023", "2025", "Summer 2025"). */
const PERIOD_CELL = new RegExp(
  `^\\W*(?:(?:early|late|mid-?|spring|summer|autumn|fall|winter|Q[1-4]|H[12])\\s+)?(?:${MONTH},?\\s+)?${YEAR}\\W*$`,
  'i',
);

/**
 * The period a table's date cell gives: a day as dateCell reads it, or a month or year alone
 * ("Nov 2023" | "2025"), which a row's "As of" column often holds.
 */
export function periodCell(text: string, page: PageContext | undefined): string | undefined {
  if (text.length > 40) return undefined;
  const day = dateCell(text, page);
  if (day) return day;
  const m = PERIOD_CELL.exec(text);
  if (!m) return undefined;
  return m[1] ? `${m[2]}-${pad(monthOf(m[1]))}` : m[2];
}

/** Two periods overlap when one contains the other ("2023-11" holds "2023-11-22"; "2026" holds "2026-02"). */
export function periodsMeet(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** Period `a` begins after `b` ends ("2025" after "2023-11-20"), compared as far as both are precise. */
export function startsAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}
