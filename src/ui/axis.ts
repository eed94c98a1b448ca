import { nice, ticks, tickStep } from 'd3-array';
import type { Range } from '../core/figureRange.ts';
import type { FigureUnit } from '../core/figures/parseFigure.ts';

export interface Tick {
  /** Position on the axis, in percent of its width. */
  at: number;
  label: string;
}

export interface Axis {
  /** Position of a value, in percent of the axis's width. */
  x: (value: number) => number;
  ticks: Tick[];
  /** The unit, as the axis's caption says it ("people", "US dollars"). */
  unit: string;
}

const UNIT_NAME: Record<FigureUnit, string> = {
  people: 'people',
  count: 'count',
  usd: 'US dollars',
  eur: 'euros',
  gbp: 'pounds',
  percent: 'percent',
  users: 'monthly users',
  years: 'years',
  months: 'months',
};

const CURRENCY: Partial<Record<FigureUnit, string>> = { usd: '$', eur: '€', gbp: '£' };

/** Large values are read in billions or millions ("$500bn", "650m"), as news pages write them. */
function magnitude(max: number): { divisor: number; suffix: string } {
  if (max >= 1e9) return { divisor: 1e9, suffix: 'bn' };
  if (max >= 1e6) return { divisor: 1e6, suffix: 'm' };
  return { divisor: 1, suffix: '' };
}

/**
 * A linear axis over `domain`, rounded to nice values, with a few ticks
 * labelled in the unit ("0", "250", "500"; "$0bn" … "$100bn"; "40%"). The
 * nice bounds and the tick values come from d3-array: the functions d3-scale's
 * linear scale calls for its own ticks, without d3-scale's interpolators and
 * locales (8 KB gzipped more in each bundle, for a mapping that is one line).
 */
export function axisFor(domain: Range, unit: FigureUnit, tickCount = 4): Axis {
  // One value alone still needs an axis: from zero to a little past it.
  const low = domain.low === domain.high ? Math.min(0, domain.low) : domain.low;
  const high = domain.low === domain.high ? domain.high * 1.25 || 1 : domain.high;
  const { divisor, suffix } = magnitude(Math.max(Math.abs(low), Math.abs(high)));
  const [start, stop] = nice(low / divisor, high / divisor, tickCount);
  // As many decimals as the tick step has ("0.5" steps show one), grouped by thousands.
  const decimals = Math.max(0, -Math.floor(Math.log10(Math.abs(tickStep(start, stop, tickCount)))));
  const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: decimals });
  const scale = (v: number) => ((v - start) / (stop - start || 1)) * 100;
  const currency = CURRENCY[unit] ?? '';
  const percent = unit === 'percent' ? '%' : '';
  return {
    x: (value) => scale(value / divisor),
    ticks: ticks(start, stop, tickCount).map((t) => ({
      at: scale(t),
      label: `${currency}${numbers.format(t)}${suffix}${percent}`,
    })),
    unit: UNIT_NAME[unit],
  };
}
