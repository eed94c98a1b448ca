import { parseNumberWords } from '../figures/parseNumberWords.ts';

/**
 * Time told relative to another time the page names, not to the page's own date: "seven months
 * before", "two weeks later", "a year on", "that Sunday". A look-back or a feature written months after
 * the story dates these from the story's own dates, never from the day it was published.
 */

/** "seven months before", "a year on", "two weeks later", "three days afterwards", "18 months earlier". */
export const RELATIVE_SHIFT =
  /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d{1,2})\s+(days?|weeks?|months?|years?)\s+(before|earlier|previously|later|on|after(?:wards?)?|afterwards?)\b/gi;

/**
 * Words that say a block tells days gone by, counted from a time it has told ("that Sunday", "that week",
 * "the following Monday", "the next day", "days later", "before the week was out"): its weekdays are the
 * story's, not the days before the page's date.
 */
export const LOOK_BACK =
  /\b(?:that|the\s+(?:following|next|previous|preceding))\s+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|day|night|morning|evening|afternoon|week|weekend)\b|\b(?:days|hours)\s+later\b|\bbefore\s+the\s+week\s+was\s+out\b|\bby\s+the\s+end\s+of\s+that\s+week\b/i;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

function utc(period: string): Date {
  const [y, m, d] = period.split('-').map(Number);
  return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
}
const format = (date: Date, precision: number) =>
  [String(date.getUTCFullYear()), pad(date.getUTCMonth() + 1), pad(date.getUTCDate())]
    .slice(0, precision)
    .join('-');

/**
 * A period moved by a relative phrase, at no finer precision than the anchor and the unit allow:
 * "November 2023" and "seven months before" is "2023-04"; "2023" and "a year on" is "2024".
 */
export function shiftPeriod(
  anchor: string,
  count: string,
  unit: string,
  direction: string,
): string | undefined {
  const n = /^an?$/i.test(count) ? 1 : (parseNumberWords(count.toLowerCase()) ?? Number(count));
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const sign = /^(?:before|earlier|previously)$/i.test(direction) ? -1 : 1;
  const u = unit.toLowerCase().replace(/s$/, '');
  const precision = anchor.split('-').length;
  const date = utc(anchor);
  if (u === 'year') {
    date.setUTCFullYear(date.getUTCFullYear() + sign * n);
    return format(date, precision);
  }
  if (precision < 2) return undefined;
  if (u === 'month') {
    date.setUTCMonth(date.getUTCMonth() + sign * n);
    return format(date, Math.min(precision, 2));
  }
  // Weeks and days need a month at least; a day anchor keeps its day.
  const shifted = new Date(date.getTime() + sign * n * (u === 'week' ? 7 : 1) * DAY_MS);
  return format(shifted, precision);
}

/**
 * Before a weekday, a past perfect that the weekday dates ("He had been fired on Friday"; not "had signed
 * by Friday", a deadline) or "last/previous/earlier" right before it ("last Friday") tells a day before the date named. A
 * fronted weekday ("On Monday, 500 had signed") is the reference time itself and counts forward.
 */
const BACKWARD_BEFORE_WEEKDAY =
  /\bhad\s+(?:(?:not|already|just|been)\s+){0,2}\p{Ll}+(?:ed|en|wn|ne|t|d)\b[^.;:!?]{0,60}(?<!\bby\s*)$|\b(?:last|previous|preceding|earlier|prior)\s+(?:on\s+)?$/iu;
export const looksBackward = (beforeWeekday: string) =>
  BACKWARD_BEFORE_WEEKDAY.test(beforeWeekday.slice(-120));

/** The last such weekday strictly before the anchor. */
export function weekdayBeforeAnchor(name: string, anchor: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(anchor)) return anchor;
  const date = utc(anchor);
  const back = (date.getUTCDay() - WEEKDAYS.indexOf(name.toLowerCase()) + 7) % 7 || 7;
  return format(new Date(date.getTime() - back * DAY_MS), 3);
}

/** The first `name` weekday on or after a day anchor ("On 17 November he was fired. On Monday…": 20 November). */
export function weekdayFrom(name: string, anchor: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(anchor)) return anchor;
  const date = utc(anchor);
  const ahead = (WEEKDAYS.indexOf(name.toLowerCase()) - date.getUTCDay() + 7) % 7;
  return format(new Date(date.getTime() + ahead * DAY_MS), 3);
}
