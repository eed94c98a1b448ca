import { findFigures, type PageFigure } from '../figures/parseFigure.ts';

/*
 * A value standing alone and its caption that says it again: "4" | "The number of people who…
 * Just four people cast that vote.", "$13 billion" | "The sum Microsoft had sunk into OpenAI…:
 * $13 billion", "1%" | "The rise in Microsoft shares… Up about 1% is…". The caption's own sentence
 * around the same value says what it counts better than its opening words do, whatever shape they
 * take ("The number of…", "How many of them…", "The sum…", "The value put on…").
 */

/** A count of people and a bare count are one unit here ("4" | "four people"). */
const HEADS = new Set(['count', 'people']);
const sameUnit = (a: PageFigure, b: PageFigure) =>
  a.unit === b.unit || (HEADS.has(a.unit) && HEADS.has(b.unit));

/**
 * The caption's figures, and which of them state a bare value again (the same value, in a unit it can
 * be): every figure is read with them, since "about 500; by lunchtime it was more than 700" reads the
 * second through the first.
 */
export function restatedIn(
  caption: string,
  value: PageFigure,
): { figures: PageFigure[]; again: PageFigure[] } {
  const figures = caption.includes(' ') ? findFigures(caption) : [];
  return {
    figures,
    again: figures.filter((f) => f.value === value.value && !f.isAge === !value.isAge && sameUnit(f, value)),
  };
}
