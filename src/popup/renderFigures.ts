import { formatDate } from '../core/text/formatDate.ts';
import type { FigureChart } from '../core/story/figureChart.ts';
import { el, rangeStyle } from '../ui/el.ts';

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
    el(
      'p',
      { class: 'muted' },
      'Each bar is the range an outlet’s wording implies (“nearly 500” is 450–500), oldest report first. Hover or focus a row for its wording and source.',
    ),
    ...charts.map((chart) =>
      el(
        'section',
        { class: 'chart', 'aria-labelledby': `chart-${chart.claimId}` },
        el('h3', { id: `chart-${chart.claimId}` }, chart.title),
        ...chart.panels.map((panel) =>
          el(
            'ol',
            { 'aria-label': `${chart.title}, in ${UNIT_LABEL[panel.unit] ?? panel.unit}` },
            ...panel.rows.map((row) =>
              el(
                'li',
                {
                  tabindex: '0',
                  'aria-label': `${row.outlet}: ${row.wording}${row.when ? `, ${formatDate(row.when)}` : ''}${row.provenance ? `, ${row.provenance}` : ''}`,
                },
                el('span', { class: 'who' }, row.outlet),
                el(
                  'span',
                  { class: 'track', 'aria-hidden': 'true' },
                  el('span', { class: 'bar', style: rangeStyle(row.range, panel.scale) }),
                ),
                el(
                  'span',
                  { class: 'tip' },
                  [row.wording, row.when && formatDate(row.when), row.provenance, row.note]
                    .filter(Boolean)
                    .join(' · '),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
