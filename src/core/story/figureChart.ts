import { comparableUnits } from '../claims/figureVerdict.ts';
import type { ChartClaim, ChartDataset, Figure } from '../dataset/schema.ts';
import { rangesOverlap, type Range } from '../figureRange.ts';
import type { FigureUnit } from '../figures/parseFigure.ts';

/**
 * One row of a figure chart: what one outlet reported, in one wording. Two
 * reports of one outlet with the same wording are one row with both dates.
 */
export interface ChartRow {
  outlet: string;
  wording: string;
  unit: Figure['unit'];
  range: Range;
  /** The dataset's sources behind this row. */
  sources: string[];
  /** When the figure held (the earliest as-of time, else publication date): orders rows and sets the period. */
  when?: string;
  /** When each report was published (or, undated, when its figure held), oldest first. */
  dates: string[];
  provenance?: string;
  note?: string;
  /** Whether its range overlaps the page's figure, where a page figure is compared. */
  overlaps?: boolean;
  /** Whether it reports the page figure's period, where the verdict says so. */
  samePeriod?: boolean;
}

/** The figure a page states, drawn as a reference line on the chart of its period. */
export interface ReferenceFigure extends Range {
  unit: FigureUnit;
  wording: string;
}

/**
 * One axis: one unit and one period. A 2023 valuation and a 2026 one are
 * change over time, not a spread of reports, so they get an axis each.
 */
export interface ChartPanel {
  unit: Figure['unit'];
  /**
   * The year the figures held or were reported ("2023"), or the month ("2023-04") of a
   * report the verdict sets apart within its year; undefined where no row gives a date.
   */
  period?: string;
  /** The page's figure belongs to this period: its reference line is drawn here. */
  hasPage: boolean;
  /** The values the axis must show: every row's range, and the page's figure where it is drawn. */
  domain: Range;
  rows: ChartRow[];
}

export interface FigureChart {
  claimId: string;
  title: string;
  question: string;
  panels: ChartPanel[];
}

interface ReportFigure {
  source: string;
  figure: Figure;
  overlaps?: boolean;
  samePeriod?: boolean;
}

/** The rows of a claim's report figures, merged by outlet and wording, oldest first. */
export function chartRows(dataset: ChartDataset, claim: ChartClaim, figures: ReportFigure[]): ChartRow[] {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const citing = new Map(claim.reports.map((r) => [r.source, r.citing]));
  const merged = new Map<string, ChartRow>();
  for (const { source: id, figure, overlaps, samePeriod } of figures) {
    const outlet = sources.get(id)?.outlet ?? id;
    const published = sources.get(id)?.date;
    const when = figure.asOf ?? published;
    const dated = published ?? figure.asOf;
    const provenance = citing.get(id) && `citing ${citing.get(id)}`;
    const key = JSON.stringify([outlet, figure.wording, figure.unit, figure.low, figure.high]);
    const row = merged.get(key);
    if (row) {
      if (!row.sources.includes(id)) row.sources.push(id);
      if (dated && !row.dates.includes(dated)) row.dates.push(dated);
      if (when && (!row.when || when < row.when)) row.when = when;
      if (provenance && !row.provenance?.includes(provenance))
        row.provenance = row.provenance ? `${row.provenance}; ${provenance}` : provenance;
      continue;
    }
    merged.set(key, {
      outlet,
      wording: figure.wording,
      unit: figure.unit,
      range: { low: figure.low, high: figure.high },
      sources: [id],
      ...(when ? { when } : {}),
      dates: dated ? [dated] : [],
      ...(provenance ? { provenance } : {}),
      ...(figure.where ? { note: `in the ${figure.where}` } : {}),
      ...(overlaps === undefined ? {} : { overlaps }),
      ...(samePeriod === undefined ? {} : { samePeriod }),
    });
  }
  for (const row of merged.values()) row.dates.sort();
  return byTime([...merged.values()]);
}

/** Dated rows first, oldest first (a time of day orders reports of one day); undated after, in dataset order. */
export function byTime<T extends { when?: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) =>
    a.when && b.when ? a.when.localeCompare(b.when) : a.when ? -1 : b.when ? 1 : 0,
  );
}

/** The smallest range that holds all of `ranges`. */
export function spanOf(ranges: Range[]): Range {
  return { low: Math.min(...ranges.map((r) => r.low)), high: Math.max(...ranges.map((r) => r.high)) };
}

const yearOf = (row: ChartRow) => row.when?.slice(0, 4);

/**
 * Rows on one axis per unit and period: the year, split further where the
 * verdict marks a report as of another period (`samePeriod: false`).
 * Undated rows join their unit's year when it has only one, since nothing
 * sets them apart; where a unit spans several years they get an axis of
 * their own. The page's
 * figure is drawn on the panel of its period: the one the verdict compared
 * it with, else the one whose reports overlap it, else the nearest.
 */
export function chartPanels(rows: ChartRow[], page?: ReferenceFigure): ChartPanel[] {
  const panels: ChartPanel[] = [];
  for (const unit of new Set(rows.map((r) => r.unit))) {
    const ofUnit = rows.filter((r) => r.unit === unit);
    const years = [...new Set(ofUnit.map(yearOf).filter((y) => y !== undefined))].sort();
    const yearOfRow = (row: ChartRow) => yearOf(row) ?? (years.length === 1 ? years[0] : undefined);
    // Where the verdict tells a report of another period within the same year, it gets its own axis too.
    const periodOf = (row: ChartRow) => `${yearOfRow(row) ?? ''}${row.samePeriod === false ? ' other' : ''}`;
    for (const key of new Set(ofUnit.map(periodOf))) {
      const periodRows = ofUnit.filter((r) => periodOf(r) === key);
      // Split from its year by the verdict: name its month where its rows share one ("2023-04").
      const months = new Set(periodRows.map((r) => r.when?.slice(0, 7)));
      const month = months.size === 1 ? [...months][0] : undefined;
      const sharesItsYear = key.endsWith(' other') && ofUnit.some((r) => periodOf(r) === key.slice(0, -6));
      const period = sharesItsYear && month && month.length === 7 ? month : yearOfRow(periodRows[0]!);
      panels.push({
        unit,
        ...(period ? { period } : {}),
        hasPage: false,
        domain: spanOf(periodRows.map((r) => r.range)),
        rows: periodRows,
      });
    }
  }
  if (page) {
    const drawnOn = pagePanel(
      panels.filter((p) => comparableUnits(page.unit, p.unit)),
      page,
    );
    if (drawnOn) {
      drawnOn.hasPage = true;
      drawnOn.domain = spanOf([drawnOn.domain, page]);
    }
  }
  return panels;
}

function pagePanel(panels: ChartPanel[], page: Range): ChartPanel | undefined {
  const score = (p: ChartPanel) => {
    if (p.rows.some((r) => r.samePeriod)) return Infinity;
    const overlapping = p.rows.filter((r) => r.overlaps ?? rangesOverlap(r.range, page)).length;
    if (overlapping) return overlapping;
    // No report overlaps: the nearest range, as a negative distance.
    return -Math.min(...p.rows.map((r) => Math.max(r.range.low - page.high, page.low - r.range.high, 0)));
  };
  return panels.reduce<ChartPanel | undefined>(
    (best, p) => (best === undefined || score(p) > score(best) ? p : best),
    undefined,
  );
}

/** Every figure claim of the dataset as charts, with the page's figure where the page states it. */
export function figureCharts(
  dataset: ChartDataset,
  pageFigures: ReadonlyMap<string, ReferenceFigure> = new Map(),
): FigureChart[] {
  return (
    dataset.claims
      .filter((c) => c.kind === 'figure')
      .map((claim) => {
        const page = pageFigures.get(claim.id);
        // Against the page's figure where the page states this claim, as its chart on the page does.
        const figures = claim.reports.flatMap((r) =>
          (r.figures ?? []).map((figure) => ({
            source: r.source,
            figure,
            ...(page && comparableUnits(page.unit, figure.unit)
              ? { overlaps: rangesOverlap(page, figure) }
              : {}),
          })),
        );
        return {
          claimId: claim.id,
          title: claim.title,
          question: claim.question,
          panels: chartPanels(chartRows(dataset, claim, figures), page),
        };
      })
      // Topics where outlets disagree come first: the more distinct figures, the higher.
      .sort((a, b) => distinct(b) - distinct(a))
  );
}

/** A claim's reports in the page figure's unit, as charts with the page's figure drawn on its period. */
export function pageFigureChart(
  dataset: ChartDataset,
  claim: ChartClaim,
  page: ReferenceFigure,
): ChartPanel[] {
  const figures = claim.reports.flatMap((r) =>
    (r.figures ?? [])
      .filter((figure) => comparableUnits(page.unit, figure.unit))
      .map((figure) => ({ source: r.source, figure, overlaps: rangesOverlap(page, figure) })),
  );
  return chartPanels(chartRows(dataset, claim, figures), page);
}

function distinct(chart: FigureChart): number {
  return new Set(chart.panels.flatMap((p) => p.rows.map((r) => `${r.range.low}-${r.range.high}`))).size;
}
