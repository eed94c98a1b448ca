import type { ContentClaim, Figure } from '../dataset/schema.ts';
import { rangesOverlap, type Range } from '../figureRange.ts';
import type { FigureUnit } from '../figures/parseFigure.ts';
import type { Verdict } from './verdict.ts';

export interface FigureComparison {
  source: string;
  figure: Figure;
  overlaps: boolean;
  /**
   * The report counts the same thing at the same time as the page's figure:
   * the same period (as-of time, else the source's date) and the same
   * quantity (`subject`). A report of another period is change over time.
   */
  samePeriod: boolean;
}

export interface FigureVerdict {
  verdict: Verdict;
  /** Every comparable report figure, with whether its range overlaps the page's. */
  comparisons: FigureComparison[];
}

/** A bare count on a page ("505 had signed") is compared with counts of people. */
export function comparableUnits(page: FigureUnit, report: Figure['unit']): boolean {
  if (page === report) return true;
  return (page === 'count' && report === 'people') || (page === 'people' && report === 'count');
}

/** "2023-11-20" and "2023-11" are one period (a month); "2026" and "2026-02" too. */
function samePeriodOf(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  const x = a.slice(0, 7);
  const y = b.slice(0, 7);
  return x.startsWith(y) || y.startsWith(x);
}

/** The period comes no later than the page's date (compared as far as both are precise). */
function notAfter(period: string | undefined, published: string): boolean {
  if (period === undefined) return true;
  const n = Math.min(period.length, published.length);
  return period.slice(0, n) <= published.slice(0, n);
}

/** How far apart two ranges are, as a ratio (0 where they overlap). */
function distance(a: Range, b: Range): number {
  if (rangesOverlap(a, b)) return 0;
  const [low, high] = a.high < b.low ? [a.high, b.low] : [b.high, a.low];
  return Math.log((high + 1) / (low + 1));
}

/** When the page's figure holds, as far as the page says (figurePeriod.ts). */
export interface PagePeriod {
  /** The figure's own period: a date in its sentence, or the page's date where it speaks of now. */
  of?: string;
  /** When the page was published: it reports nothing of a later period. */
  published?: string;
}

/**
 * "A $500 billion valuation" on a 2025 page: an undated value of a quantity that changes over time
 * (a topic of no one moment) is of the page's own time when it matches no report up to the page and
 * every such report is of an earlier year. It is then change over time, not a dispute with the
 * older report; a report of the page's year, or a match with an older one, keeps the older reading.
 */
function ownTimeOf(
  claim: ContentClaim,
  page: Range,
  candidates: Array<{ figure: Figure; period: string | undefined }>,
  published: string | undefined,
): string | undefined {
  if (claim.period !== undefined || published === undefined) return undefined;
  const year = published.slice(0, 4);
  const earlier = candidates.filter((c) => notAfter(c.period, published));
  if (!earlier.length || earlier.some((c) => rangesOverlap(page, c.figure))) return undefined;
  return earlier.every((c) => c.period !== undefined && c.period.slice(0, 4) < year) ? year : undefined;
}

/**
 * The page's figure is compared with the reports of its period. Where the
 * page dates the figure (`period.of`), that period; else the period and
 * quantity of the report figure nearest to it, among those not later than
 * the page ("$29 billion" is the April 2023 valuation, "$500 billion" the
 * 2026 one). `differs` when a report of that period and quantity does not
 * overlap it, `agrees` when all do or when no report is of its period (change
 * over time); undefined when no report gives a figure in the page's unit.
 */
export function figureVerdict(
  claim: ContentClaim,
  page: Range & { unit: FigureUnit },
  sourceDates: ReadonlyMap<string, string>,
  period: PagePeriod = {},
): FigureVerdict | undefined {
  const candidates: Array<{ source: string; figure: Figure; period: string | undefined }> = [];
  for (const report of claim.reports) {
    for (const figure of report.figures ?? []) {
      if (comparableUnits(page.unit, figure.unit))
        candidates.push({
          source: report.source,
          figure,
          period: figure.asOf ?? sourceDates.get(report.source),
        });
    }
  }
  if (!candidates.length) return undefined;
  const { published } = period;
  const of = period.of ?? ownTimeOf(claim, page, candidates, published);
  let pool = candidates;
  if (of !== undefined) pool = candidates.filter((c) => samePeriodOf(c.period, of));
  else if (published !== undefined) {
    const earlier = candidates.filter((c) => notAfter(c.period, published));
    if (earlier.length) pool = earlier;
  }
  const nearest = pool.length
    ? pool.reduce((best, c) => (distance(page, c.figure) < distance(page, best.figure) ? c : best))
    : undefined;
  // "in late 2023 … around $86 billion": a period coarser than the reports' (a year that holds an April and a
  // November valuation) is narrowed to the nearest report's within it, the moment the page's figure is of.
  const anchor =
    of !== undefined &&
    nearest?.period !== undefined &&
    nearest.period.length > of.length &&
    nearest.period.startsWith(of)
      ? nearest.period
      : (of ?? nearest?.period);
  const comparisons = candidates.map(({ source, figure, period: reported }) => ({
    source,
    figure,
    overlaps: rangesOverlap(page, figure),
    samePeriod: !!nearest && figure.subject === nearest.figure.subject && samePeriodOf(reported, anchor),
  }));
  const disputed = comparisons.some((c) => c.samePeriod && !c.overlaps);
  return { verdict: disputed ? 'differs' : 'agrees', comparisons };
}
