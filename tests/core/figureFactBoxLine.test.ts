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

describe('a label line counts a group only when the label names people or seats (review20 #1)', () => {
  it.each<[string, string]>([
    ['Sutskever at a glance. Age: 37. Departing researchers: eight. Children: two.', 'eight'],
    ['Profile. Staff who signed: seven.', 'seven'],
    ['The board, in brief. Seats on the new board: three. Chair: Taylor.', 'three'],
    ['Signatories so far: nine\nDirectors who quit: two', 'two'],
    ['Q: How many board members called you? MS. LEE: Three. They all did.', 'Three'],
    ['RUTH: Four. Altman and Brockman were on it too.', 'Four'],
  ])('reads “%s” with %s', (text, wording) => {
    expect(words(text)).toContain(wording);
  });

  it.each<[string, string]>([
    ['Toner, in brief. Children: two.', 'two'],
    ['Sutskever at a glance. Age: 37. Years at OpenAI: eight. Children: two.', 'eight'],
    ['Sutskever at a glance. Board seats held: one. Children: two.', 'one'],
    ['Q: How many calls did the directors make to you that weekend? ALTMAN: Four.', 'Four'],
    ['Q: How many times did directors call? MS. LEE: Three.', 'Three'],
    ['Career. Companies founded: two.', 'two'],
    ['Children: three', 'three'],
  ])('does not read “%s” as a count “%s”', (text, wording) => {
    expect(words(text)).not.toContain(wording);
  });
});
