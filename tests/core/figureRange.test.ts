import { describe, expect, it } from 'vitest';
import { figureRange, rangesOverlap, type Qualifier } from '../../src/core/figureRange.ts';

describe('figureRange', () => {
  it.each<[number, Qualifier, number, number]>([
    [505, 'exact', 505, 505],
    [500, 'about', 450, 550],
    [770, 'about', 693, 847],
    [500, 'nearly', 450, 500],
    [700, 'more-than', 700, 1050],
    [12, 'at-least', 12, 18],
    [9, 'up-to', 0, 9],
    [700, 'majority', 350, 1050],
    [13e9, 'exact', 13e9, 13e9],
    [86e9, 'about', 77.4e9, 94.6e9],
  ])('%d %s → [%d, %d]', (value, qualifier, low, high) => {
    expect(figureRange(value, qualifier)).toEqual({ low, high });
  });

  it('gives ranges that compare exactly despite floating point', () => {
    expect(figureRange(770, 'about').high).toBe(847);
    expect(figureRange(0.1 + 0.2, 'exact').low).toBe(0.3);
  });
});

describe('rangesOverlap', () => {
  it('says "nearly 500" and 490 agree, and 505 does not', () => {
    const nearly500 = figureRange(500, 'nearly');
    expect(rangesOverlap(nearly500, figureRange(490, 'exact'))).toBe(true);
    expect(rangesOverlap(nearly500, figureRange(505, 'exact'))).toBe(false);
  });

  it('counts touching ends as overlap', () => {
    expect(rangesOverlap({ low: 1, high: 2 }, { low: 2, high: 3 })).toBe(true);
  });

  it('keeps "more than 700" apart from "about 500"', () => {
    expect(rangesOverlap(figureRange(700, 'more-than'), figureRange(500, 'about'))).toBe(false);
  });
});
