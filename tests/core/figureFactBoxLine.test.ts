import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';

const words = (text: string) => findFigures(text).map((f) => f.wording);

describe('a fact box\'s "Label: value." lines in one block: each line is its own pair', () => {
  it.each<[string, string]>([
    ['Directors who ousted Altman: four. Counting Altman and Brockman, the board had six members.', 'four'],
    ['Board at a glance. Directors who voted him out: four. New directors: three.', 'four'],
    ['Board at a glance. Directors who voted him out: four. New directors: three.', 'three'],
    ['Directors who voted him out: four; directors who stayed on: one.', 'four'],
    ['Founders still there: two\nFounders who left: nine', 'two'],
  ])('reads “%s” with %s', (text, wording) => {
    expect(words(text)).toContain(wording);
  });

  it.each<[string, string]>([
    // A number word inside a label line's running prose still needs its noun.
    ['Note: four of them said so at the time, and one later recanted.', 'one'],
    ['He put it plainly: two sides, no winner.', 'two'],
  ])('does not read “%s” as a count “%s”', (text, wording) => {
    expect(words(text)).not.toContain(wording);
  });
});
