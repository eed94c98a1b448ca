/**
 * Figures in fact boxes, tables and page furniture: what a label says a value
 * counts, and numbers that count nothing (a channel, a year, quiz options).
 * Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';

const wordings = (text: string) => findFigures(text).map((f) => f.wording);

describe('numbers that count nothing', () => {
  it.each([
    ['a channel in a copyright line', '© 2024 Channel 9 Evening News. All rights reserved.'],
    ['a station or a route', 'Watch the interview on KTVU 2 tonight, or take Route 66 home.'],
    ['a founding year before 1900', 'Family-run wealth management since 1865.'],
    ['a year after "founded in"', 'The bank was founded in 1798 in Basel.'],
  ])('%s', (_, text) => {
    expect(wordings(text)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['a day after a month is a date, not a name’s number', 'By Nov 20 the letter was out', []],
    ['a count after a capitalised word that names what it counts', 'Reuters 12 staffers walked', ['12']],
    ['a signed move in a cell, sign and qualifier kept', 'about +1%', ['about +1%']],
    ['a signed move alone', '+2.05%', ['+2.05%']],
  ])('%s', (_, text, expected) => {
    expect(wordings(text)).toEqual(expected);
  });

  it('reads a number word as a label’s whole value', () => {
    expect(wordings('Board members who backed the move: five')).toEqual(['five']);
    expect(wordings('The vote went ahead with five')).toEqual([]);
  });
});
