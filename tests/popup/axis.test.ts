import { describe, expect, it } from 'vitest';
import { axisFor } from '../../src/ui/axis.ts';

const labels = (axis: ReturnType<typeof axisFor>) => axis.ticks.map((t) => t.label);

describe('axisFor', () => {
  it('rounds the axis to nice values and labels its ticks in the unit', () => {
    const people = axisFor({ low: 49, high: 1050 }, 'people');
    expect(labels(people)).toEqual(['0', '200', '400', '600', '800', '1,000', '1,200']);
    expect(people.x(0)).toBe(0);
    expect(people.x(1200)).toBe(100);
    expect(people.x(600)).toBe(50);
    expect(people.unit).toBe('people');
    expect(labels(axisFor({ low: 25.2e9, high: 94.6e9 }, 'usd'))).toEqual([
      '$20bn',
      '$40bn',
      '$60bn',
      '$80bn',
      '$100bn',
    ]);
    expect(labels(axisFor({ low: 27, high: 40 }, 'percent'))).toEqual(['25%', '30%', '35%', '40%']);
    expect(labels(axisFor({ low: 450e6, high: 650e6 }, 'users'))).toEqual([
      '450m',
      '500m',
      '550m',
      '600m',
      '650m',
    ]);
  });

  it('shows decimals only where the ticks need them', () => {
    expect(labels(axisFor({ low: 0.9, high: 1.1 }, 'percent'))).toEqual([
      '0.9%',
      '0.95%',
      '1%',
      '1.05%',
      '1.1%',
    ]);
    expect(labels(axisFor({ low: 1.8, high: 2 }, 'years'))).toContain('1.9');
  });

  it('draws one value on an axis from zero', () => {
    const axis = axisFor({ low: 7, high: 7 }, 'years');
    expect(axis.ticks[0]!.label).toBe('0');
    expect(axis.x(7)).toBeGreaterThan(50);
    expect(axis.x(7)).toBeLessThan(100);
  });
});
