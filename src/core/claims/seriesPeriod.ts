import { eachMatch } from '../text/eachMatch.ts';
import { MONTH_NAMES } from '../text/months.ts';
import type { PageFigure } from '../figures/parseFigure.ts';
import type { Span } from '../text/splitSentences.ts';
import { figurePeriod, type PageContext } from './figurePeriod.ts';

/**
 * A series of values after one label, each with its own time: "Valuation: about $28bn in April 2023,
 * about $86bn that November, $500bn now", "It raised $1bn in 2019, $10bn in January and $6.6bn this
 * month". Each value is of its own item's period, never of a neighbour's date; an item with no time of
 * its own in such a series is of no period the sentence gives (the nearest report's). An item may date
 * itself by the one before: "that November", "the same year", "the following March"; or by the page's
 * date: "$500bn now", "today".
 */

/** The label a series hangs on: "Valuation:", "OpenAI's valuation over time:". */
const LABEL = /^[^:.!?;]{2,60}:\s*/;
/** A label that holds a year: "April 2023 fundraise:", "Late-2023 tender:", "2025:". */
const DATED_LABEL = /(?:^|[^\d])(?:19|20)\d\d(?!\d)/;
/** A year, maybe "early/mid/late", opening an item's label: "late-2023 tender:", "2025:". */
const OPENING_YEAR = /^\s*(?:(?:early|mid|late|end[\s-]of)[\s-]*)?((?:19|20)\d\d)\b(?=[^:]{0,40}:)/i;
/** What divides a series' items: commas, semicolons, "and", "then", "to", "before". */
const DIVIDER =
  /\s*[,;]\s*(?:(?:and|then)\s+)?|\s+(?:and(?:\s+then)?|then|before|rising\s+to|falling\s+to)\s+/g;
/** An item is a value and a few words of time, not a clause. */
const ITEM_LENGTH = 48;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "that November", "the same month", "the following March": a month read against the year before it. */
const BACK_MONTH = new RegExp(
  `\\b(that|the\\s+same|the\\s+following|the\\s+next)\\s+(${MONTH_NAMES})\\b`,
  'i',
);
/** "that year", "the same year", "the following year", "a year later". */
const BACK_YEAR = /\b(?:(that|the\s+same)\s+year|(?:the\s+following|the\s+next)\s+year|a\s+year\s+later)\b/i;
/** "now", "today", "currently", "at present" anywhere in the item: the page's date. */
const NOW = /\b(?:now|today|currently|at\s+present|this\s+week|this\s+month)\b/i;
const YEAR = /\b((?:19|20)\d\d)\b/g;
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\.?,?\\s+((?:19|20)\\d\\d)\\b`, 'gi');

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

interface Series {
  text: string;
  start: number;
  end: number;
  published: string | undefined;
  unit: PageFigure['unit'];
  /** The items with the period each gives its value; empty where the sentence is no dated series. */
  items: Array<{ span: Span; period: string | undefined }>;
  /** The label the series hangs on ("Valuation"), without its colon. */
  label?: Span;
}
/** The last sentence read: a series is read once, whatever the number of its values. */
let last: Series | undefined;

function seriesOf(
  text: string,
  sentence: Span,
  unit: PageFigure['unit'],
  page: PageContext | undefined,
  blockFigures: readonly PageFigure[],
) {
  const published = page?.published;
  if (
    last?.text === text &&
    last.start === sentence.start &&
    last.end === sentence.end &&
    last.published === published &&
    last.unit === unit
  )
    return last;
  const spans: Span[] = [];
  const words = text.slice(sentence.start, sentence.end).replace(/[.!]\s*$/, '');
  const found = LABEL.exec(words);
  // "April 2023 fundraise: $28bn; late-2023 share sale: $86bn; 2025: $500bn": a label with its own
  // date is its pair's, each value dated by its own label; no label is what every value is then.
  const label = found && !DATED_LABEL.test(found[0]) ? found : null;
  let from = label ? label[0].length : 0;
  const cut = (to: number) => {
    if (to > from) spans.push({ start: sentence.start + from, end: sentence.start + to });
  };
  for (const m of eachMatch(DIVIDER, words)) {
    if (m.index < from) continue;
    cut(m.index);
    from = m.index + m[0].length;
  }
  cut(words.length);
  // The block's figures, already read: reading the sentence's again cost a second parse of every sentence with a figure.
  const figures = blockFigures.filter(
    (f) => f.start >= sentence.start && f.end <= sentence.start + words.length,
  );
  // Every item one value of the same measure and a few words: a series.
  const values = spans.map((span) => {
    const own = figures.filter((f) => f.start >= span.start && f.end <= span.end && !f.isAge);
    return own.length === 1 &&
      own[0]!.unit === unit &&
      span.end - span.start - (own[0]!.end - own[0]!.start) <= ITEM_LENGTH
      ? own[0]
      : undefined;
  });
  let items: Series['items'] = [];
  if (spans.length >= 2 && values.every((v) => v !== undefined)) {
    items = spans.map((span, i) => ({ span, period: itemPeriod(text, sentence, span, values[i]!, page) }));
    // Two or more items dated: the items carry their own times.
    if (items.filter((i) => i.period !== undefined).length < 2) items = [];
  }
  last = {
    text,
    start: sentence.start,
    end: sentence.end,
    published,
    unit,
    items,
    ...(label && items.length
      ? { label: { start: sentence.start, end: sentence.start + label[0].replace(/\s*:\s*$/, '').length } }
      : {}),
  };
  return last;
}

/** The period an item gives its value: its own date, one read against the items before, or now. */
function itemPeriod(
  text: string,
  sentence: Span,
  item: Span,
  figure: PageFigure,
  page: PageContext | undefined,
): string | undefined {
  const own = figurePeriod(text, item, figure, page);
  if (own) return own;
  const words = text.slice(item.start, item.end);
  // "late-2023 employee share sale: $86bn", "2025: $500bn": a year opening the item's own label.
  const opening = OPENING_YEAR.exec(words);
  if (opening) return opening[1];
  const before = text.slice(sentence.start, item.start);
  const lastYear = [...before.matchAll(YEAR)].at(-1)?.[1];
  const month = BACK_MONTH.exec(words);
  if (month && lastYear) {
    const m = monthOf(month[2]!);
    const lastMonth = [...before.matchAll(MONTH_YEAR)].at(-1);
    // "the following March" after "November 2023" is March 2024.
    const next = /following|next/i.test(month[1]!) && lastMonth !== undefined && monthOf(lastMonth[1]!) >= m;
    return `${Number(lastYear) + (next ? 1 : 0)}-${pad(m)}`;
  }
  const year = BACK_YEAR.exec(words);
  if (year && lastYear) return String(Number(lastYear) + (year[1] ? 0 : 1));
  const present = page?.published ?? page?.updated;
  if (NOW.test(words) && present) return present;
  return undefined;
}

/** A value's place in a dated series: its item's period (undefined where the item gives none) and the series' label. */
export interface SeriesItem {
  period: string | undefined;
  /** "Valuation" of "Valuation: $28bn in April 2023, $86bn that November": what every value is. */
  label?: Span;
}

/** The value's place in a dated series; undefined where it is no item of one, for figurePeriod to read the sentence. */
export function seriesItem(
  text: string,
  sentence: Span,
  figure: PageFigure,
  page: PageContext | undefined,
  blockFigures: readonly PageFigure[],
): SeriesItem | undefined {
  const series = seriesOf(text, sentence, figure.unit, page, blockFigures);
  const item = series.items.find((i) => i.span.start <= figure.start && figure.end <= i.span.end);
  if (!item) return undefined;
  return { period: item.period, ...(series.label ? { label: series.label } : {}) };
}
