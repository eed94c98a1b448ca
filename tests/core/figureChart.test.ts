import { describe, expect, it } from 'vitest';
import { chartPanels, type ChartRow } from '../../src/core/story/figureChart.ts';

const row = (wording: string, value: number, when?: string, extra: Partial<ChartRow> = {}): ChartRow => ({
  outlet: wording,
  wording,
  unit: 'usd',
  range: { low: value, high: value },
  sources: [wording],
  dates: when ? [when] : [],
  ...(when ? { when } : {}),
  ...extra,
});

describe('chartPanels', () => {
  it('gives each unit and year an axis; undated rows join a unit’s only year', () => {
    const panels = chartPanels([
      row('a', 10, '2023-04'),
      row('b', 20, '2023-11'),
      row('c', 30),
      row('d', 500, '2026-02'),
      { ...row('e', 400, '2026-02'), unit: 'eur' },
      { ...row('f', 450), unit: 'eur' },
    ]);
    expect(panels.map((p) => [p.unit, p.period ?? null, p.rows.map((r) => r.wording)])).toEqual([
      ['usd', '2023', ['a', 'b']],
      ['usd', null, ['c']],
      ['usd', '2026', ['d']],
      ['eur', '2026', ['e', 'f']],
    ]);
  });

  it('draws the page on the period the verdict compared it with, and splits off what it did not', () => {
    const page = { low: 86, high: 86, unit: 'usd' as const, wording: '$86 billion' };
    const panels = chartPanels(
      [
        row('april', 28, '2023-04', { samePeriod: false, overlaps: false }),
        row('november', 86, '2023-11', { samePeriod: true, overlaps: true }),
        row('later', 500, '2026-02', { samePeriod: false, overlaps: false }),
      ],
      page,
    );
    expect(panels.map((p) => [p.period, p.hasPage, p.rows.map((r) => r.wording)])).toEqual([
      ['2023-04', false, ['april']],
      ['2023', true, ['november']],
      ['2026', false, ['later']],
    ]);
  });

  it('without the verdict’s periods, draws the page where reports overlap it, else on the nearest', () => {
    const rows = [row('old', 28, '2023-04'), row('new', 500, '2026-02')];
    const near = (value: number) =>
      chartPanels(rows, { low: value, high: value, unit: 'usd', wording: String(value) })
        .filter((p) => p.hasPage)
        .map((p) => p.period);
    expect(near(500)).toEqual(['2026']);
    expect(near(60)).toEqual(['2023']);
    expect(near(400)).toEqual(['2026']);
  });
});
