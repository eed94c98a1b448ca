import type { Claim, Dataset, Figure, Source } from '../dataset/schema.ts';
import type { Range } from '../figureRange.ts';

export interface ChartRow {
  source: string;
  outlet: string;
  wording: string;
  unit: Figure['unit'];
  /** When the figure held, else when the source was published. */
  when?: string;
  provenance?: string;
  range: Range;
  note?: string;
}

/** Dated rows first, by date; undated ones after, in dataset order. */
export function byTime<T extends { when?: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) =>
    a.when && b.when ? a.when.localeCompare(b.when) : a.when ? -1 : b.when ? 1 : 0,
  );
}

/** One row per figure a source reports for `claim`, ordered by time. */
export function figureRows(
  dataset: Dataset,
  claim: Claim,
  keep: (figure: Figure) => boolean = () => true,
): ChartRow[] {
  const sources = new Map<string, Source>(dataset.sources.map((s) => [s.id, s]));
  const rows: ChartRow[] = [];
  for (const report of claim.reports) {
    const source = sources.get(report.source);
    for (const figure of report.figures ?? []) {
      if (!keep(figure)) continue;
      const when = figure.asOf ?? source?.date;
      rows.push({
        source: report.source,
        outlet: source?.outlet ?? report.source,
        wording: figure.wording,
        unit: figure.unit,
        ...(when ? { when } : {}),
        ...(report.citing ? { provenance: `citing ${report.citing}` } : {}),
        range: { low: figure.low, high: figure.high },
        ...(figure.where ? { note: `in the ${figure.where}` } : {}),
      });
    }
  }
  return byTime(rows);
}

/** The smallest range that holds all of `ranges`: the shared axis of a chart. */
export function axisOf(ranges: Range[]): Range {
  return { low: Math.min(...ranges.map((r) => r.low)), high: Math.max(...ranges.map((r) => r.high)) };
}

export interface FigureChart {
  claimId: string;
  title: string;
  question: string;
  /** Charts are drawn per unit: a dollar figure and a share are not one axis. */
  panels: Array<{ unit: Figure['unit']; scale: Range; rows: ChartRow[] }>;
}

/** Every figure claim of the dataset as charts: ranges on one axis per unit, ordered by time. */
export function figureCharts(dataset: Dataset): FigureChart[] {
  return (
    dataset.claims
      .filter((c) => c.kind === 'figure')
      .map((claim) => {
        const rows = figureRows(dataset, claim);
        const units = [...new Set(rows.map((r) => r.unit))];
        return {
          claimId: claim.id,
          title: claim.title,
          question: claim.question,
          panels: units.map((unit) => {
            const unitRows = rows.filter((r) => r.unit === unit);
            return { unit, scale: axisOf(unitRows.map((r) => r.range)), rows: unitRows };
          }),
        };
      })
      // Topics where outlets disagree come first: the more distinct figures, the higher.
      .sort((a, b) => distinct(b) - distinct(a))
  );
}

function distinct(chart: FigureChart): number {
  return new Set(chart.panels.flatMap((p) => p.rows.map((r) => `${r.range.low}-${r.range.high}`))).size;
}
