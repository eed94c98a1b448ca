import { formatDate } from '../core/text/formatDate.ts';
import type { FigureChart } from '../core/story/figureChart.ts';
import { h } from '../ui/jsx.ts';
import { rangeStyle } from '../ui/rangeStyle.ts';

const UNIT_LABEL: Record<string, string> = {
  people: 'people',
  count: 'count',
  usd: 'US dollars',
  eur: 'euros',
  percent: 'percent',
  users: 'monthly users',
  years: 'years',
  months: 'months',
};

/** Every figure claim as a chart: each outlet's range on one axis, oldest first; wording and provenance on hover or focus. */
export function renderFigures(container: HTMLElement, charts: FigureChart[]): void {
  container.replaceChildren(
    <p class="muted">
      Each bar is the range an outlet’s wording implies (“nearly 500” is 450–500), oldest report first. Hover
      or focus a row for its wording and source.
    </p>,
    ...charts.map((chart) => (
      <section class="chart" aria-labelledby={`chart-${chart.claimId}`}>
        <h3 id={`chart-${chart.claimId}`}>{chart.title}</h3>
        {chart.panels.map((panel) => (
          <ol aria-label={`${chart.title}, in ${UNIT_LABEL[panel.unit] ?? panel.unit}`}>
            {panel.rows.map((row) => (
              <li
                tabindex="0"
                aria-label={`${row.outlet}: ${row.wording}${row.when ? `, ${formatDate(row.when)}` : ''}${row.provenance ? `, ${row.provenance}` : ''}`}
              >
                <span class="who">{row.outlet}</span>
                <span class="track" aria-hidden="true">
                  <span class="bar" style={rangeStyle(row.range, panel.scale)} />
                </span>
                <span class="tip">
                  {[row.wording, row.when && formatDate(row.when), row.provenance, row.note]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ol>
        ))}
      </section>
    )),
  );
}
