/**
 * The one rule that turns a reported figure and its wording into a range.
 * The dataset stores the range it implies next to each figure (tests check
 * they agree), and the page's figures go through the same rule, so "nearly
 * 500" on a page and "490" in a report are compared on equal terms.
 *
 * | qualifier  | wording that maps to it                               | range           |
 * |------------|-------------------------------------------------------|-----------------|
 * | exact      | a bare number: "505", "$13 billion"                   | [v, v]          |
 * | about      | about, around, roughly, some, approximately, ~        | [0.9v, 1.1v]    |
 * | nearly     | nearly, almost, close to, just under, nearly all of   | [0.9v, v]       |
 * | more-than  | more than, over, above, upwards of, -plus             | [v, 1.5v]       |
 * | at-least   | at least, no fewer than                               | [v, 1.5v]       |
 * | up-to      | up to, as many as, at most, no more than              | [0, v]          |
 * | majority   | a majority / "overwhelming majority" of v             | [0.5v, 1.5v]    |
 *
 * "More than" is open-ended in words; half again is the most such phrasing
 * is used to cover in practice, and keeps "more than 500" from agreeing
 * with "more than 700" by construction. "Majority of 700-plus" cannot be
 * pinned tighter than "half of the base, up to the base's own upper bound".
 */
export const QUALIFIERS = ['exact', 'about', 'nearly', 'more-than', 'at-least', 'up-to', 'majority'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface Range {
  low: number;
  high: number;
}

const SPAN: Record<Qualifier, [low: number, high: number]> = {
  exact: [1, 1],
  about: [0.9, 1.1],
  nearly: [0.9, 1],
  'more-than': [1, 1.5],
  'at-least': [1, 1.5],
  'up-to': [0, 1],
  majority: [0.5, 1.5],
};

/** Rounded to 6 significant digits so stored ranges compare exactly. */
function tidy(n: number): number {
  return Number(n.toPrecision(6));
}

export function figureRange(value: number, qualifier: Qualifier): Range {
  const [lowFactor, highFactor] = SPAN[qualifier];
  return { low: tidy(value * lowFactor), high: tidy(value * highFactor) };
}

export function rangesOverlap(a: Range, b: Range): boolean {
  return a.low <= b.high && b.low <= a.high;
}
