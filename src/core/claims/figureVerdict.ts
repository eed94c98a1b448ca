import type { ContentClaim, Figure } from '../dataset/schema.ts';
import { rangesOverlap, type Range } from '../figureRange.ts';
import type { FigureUnit } from '../figures/parseFigure.ts';
import type { Verdict } from './verdict.ts';

export interface FigureComparison {
  source: string;
  figure: Figure;
  overlaps: boolean;
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

/**
 * `differs` when at least one report gives a comparable figure whose range
 * does not overlap the page's, `agrees` when all overlap; undefined when no
 * report gives a figure in the page's unit, since there is nothing to compare.
 */
export function figureVerdict(
  claim: ContentClaim,
  page: Range & { unit: FigureUnit },
): FigureVerdict | undefined {
  const comparisons: FigureComparison[] = [];
  for (const report of claim.reports) {
    for (const figure of report.figures ?? []) {
      if (comparableUnits(page.unit, figure.unit))
        comparisons.push({ source: report.source, figure, overlaps: rangesOverlap(page, figure) });
    }
  }
  if (!comparisons.length) return undefined;
  return { verdict: comparisons.every((c) => c.overlaps) ? 'agrees' : 'differs', comparisons };
}
