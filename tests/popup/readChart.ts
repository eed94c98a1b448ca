import { expect } from 'vitest';

/** A figure chart as a reader reads it: its text, and where its bars and ticks are drawn. */
export interface ReadChart {
  caption: string;
  legend: string;
  rows: Array<{
    outlet: string;
    value: string;
    meta: string;
    overlaps: string | null;
    bar: { left: number; width: number };
    ref: { left: number; width: number } | null;
  }>;
  ticks: Array<{ label: string; value: number; at: number }>;
}

const percent = (el: HTMLElement | null, prop: 'left' | 'width') =>
  el ? Number.parseFloat(el.style[prop]) : Number.NaN;

/** "$100bn" → 1e11, "1,000" → 1000, "40%" → 40. */
function tickValue(label: string): number {
  const scale = label.endsWith('bn') ? 1e9 : label.endsWith('m') ? 1e6 : 1;
  return Number.parseFloat(label.replace(/[^\d.-]/g, '')) * scale;
}

export function readChart(figure: Element): ReadChart {
  return {
    caption: figure.querySelector('figcaption')!.textContent,
    legend: figure.querySelector('.fig-legend')!.textContent,
    rows: [...figure.querySelectorAll<HTMLElement>('.fig-row')].map((row) => {
      const ref = row.querySelector<HTMLElement>('.fig-ref');
      const bar = row.querySelector<HTMLElement>('.fig-bar');
      return {
        outlet: row.querySelector('.fig-outlet')!.textContent,
        value: row.querySelector('.fig-value')!.textContent,
        meta: row.querySelector('.fig-meta')!.textContent,
        overlaps: row.getAttribute('data-overlaps'),
        bar: { left: percent(bar, 'left'), width: percent(bar, 'width') },
        ref: ref ? { left: percent(ref, 'left'), width: percent(ref, 'width') } : null,
      };
    }),
    ticks: [...figure.querySelectorAll<HTMLElement>('.fig-tick')].map((t) => ({
      label: t.textContent,
      value: tickValue(t.textContent),
      at: percent(t, 'left'),
    })),
  };
}

/**
 * Bars and ticks are drawn on one axis: the position the ticks give a value
 * (by their own linear spacing) is where the bar of that value starts.
 */
export function expectOnTheTicksAxis(chart: ReadChart, value: number, at: number): void {
  const [a, b] = [chart.ticks[0]!, chart.ticks.at(-1)!];
  expect(chart.ticks.length).toBeGreaterThanOrEqual(3);
  const expected = a.at + ((value - a.value) / (b.value - a.value)) * (b.at - a.at);
  expect(at).toBeCloseTo(expected, 5);
}
