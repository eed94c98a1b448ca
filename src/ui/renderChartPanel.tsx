import type { ChartPanel, ChartRow, ReferenceFigure } from '../core/story/figureChart.ts';
import { formatDate } from '../core/text/formatDate.ts';
import { axisFor } from './axis.ts';
import { h } from './jsx.ts';

/** A range's place on the axis, as left and width in percent. */
function placed(x: (v: number) => number, low: number, high: number): string {
  return `left:${x(low)}%;width:${Math.max(0, x(high) - x(low))}%`;
}

function caption(panel: ChartPanel, page: ReferenceFigure | undefined): string {
  const period = panel.period ? formatDate(panel.period) : 'Date not given';
  if (!page) return period;
  return panel.hasPage ? `${period}: reports of this page’s period` : `${period}: change over time`;
}

function meta(row: ChartRow, againstPage: boolean): string {
  const heldEarlier = row.when && !row.dates.includes(row.when) ? `as of ${formatDate(row.when)}` : undefined;
  return [
    row.dates.map(formatDate).join(', '),
    heldEarlier,
    row.provenance,
    row.note,
    againstPage && row.overlaps === false ? 'does not overlap this page' : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * One axis of a figure chart: a row per outlet and wording, oldest first,
 * each with its wording as a visible value label and its range as a bar; the
 * page's figure as a dashed band on every row. The unit and the ticks head
 * the chart, so a long chart is read from its first row.
 */
export function renderChartPanel(panel: ChartPanel, page?: ReferenceFigure): HTMLElement {
  const axis = axisFor(panel.domain, panel.unit);
  const withPage = panel.hasPage && page ? page : undefined;
  return (
    <figure class="fig">
      <figcaption class="fig-caption">{caption(panel, page)}</figcaption>
      <p class="fig-legend">
        {axis.unit}
        {withPage && ` · dashed band: this page, “${withPage.wording}”`}
      </p>
      <div class="fig-axis" aria-hidden="true">
        {axis.ticks.map((t) => [
          <span class="fig-tickmark" style={`left:${t.at}%`} />,
          // Shifted by its own position, so the first and last labels stay inside the axis.
          <span class="fig-tick" style={`left:${t.at}%;transform:translateX(-${t.at}%)`}>
            {t.label}
          </span>,
        ])}
      </div>
      <ol class="fig-rows">
        {panel.rows.map((row) => (
          <li
            class="fig-row"
            data-overlaps={withPage && row.overlaps !== undefined ? String(row.overlaps) : null}
          >
            <span class="fig-outlet">{row.outlet}</span>
            <span class="fig-value">{row.wording}</span>
            <span class="fig-track" aria-hidden="true">
              {withPage && (
                <span
                  class="fig-ref"
                  data-exact={withPage.low === withPage.high}
                  style={placed(axis.x, withPage.low, withPage.high)}
                />
              )}
              <span class="fig-bar" style={placed(axis.x, row.range.low, row.range.high)} />
            </span>
            <span class="fig-meta">{meta(row, !!withPage)}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
