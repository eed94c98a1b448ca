import type { FigureChart, ReferenceFigure } from '../core/story/figureChart.ts';
import { h } from '../ui/jsx.ts';
import { renderChartPanel } from '../ui/renderChartPanel.tsx';

/**
 * Every figure claim as charts: each outlet's wording and range, oldest
 * first, on one axis per unit and year; the page's figure drawn where the
 * page states the claim.
 */
export function renderFigures(
  container: HTMLElement,
  charts: FigureChart[],
  pageFigures: ReadonlyMap<string, ReferenceFigure> = new Map(),
): void {
  container.replaceChildren(
    <p class="muted">
      Each bar is the range an outlet’s wording implies (“nearly 500” is 450–500). Rows run oldest first;
      figures of different years get an axis each.
    </p>,
    ...charts.map((chart) => (
      <section class="chart" aria-labelledby={`chart-${chart.claimId}`}>
        <h3 id={`chart-${chart.claimId}`}>{chart.title}</h3>
        {chart.panels.map((panel) => renderChartPanel(panel, pageFigures.get(chart.claimId)))}
      </section>
    )),
  );
}
