/*
 * A fact box's label that names the unit of its bare value: "Months in role before leaving: 5", "Years
 * at OpenAI | 7", "Tenure (years): 7", "Time as CTO, in years: 2". The value is then a span of years or
 * months, as "5 months" would be; what it is the span of is left to the topic's cues and names. A
 * label that only mentions a time ("Staff hired in 2 years: 300", "Board seats, 2025: 9") names no unit.
 */
import type { FigureUnit } from '../figures/parseFigure.ts';

/**
 * "Years at OpenAI", "Months in role": the label opens with the unit. Time counted from or to a moment
 * ("Years since the firing", "Months until the vote", "Years to go", "Months after the deal") is a
 * distance in time, not a span of the topic's.
 */
const UNIT_OPENS =
  /^\W*(years|months)(?![\p{L}])(?!\s+(?:since|until|till|to|before|after|from|away|left|remaining|ago|out)\b)/iu;
/** "Time since the firing (years)", "Countdown to the vote, in months", "Time remaining (months)": a distance in time. */
const DISTANCE_IN_TIME = /\b(?:since|until|till|remaining|countdown|ago|to\s+go)\b/iu;
/** "Tenure (years)", "Time in post, months", "Time as CTO, in years": the unit given last, after a bracket or comma. */
const UNIT_CLOSES = /[(,]\s*(?:in\s+)?(years|months)\s*\)?\s*$/iu;

/** The label on the value's own line, ending in a colon or a cell's bar or tab ("Julia Villagra\nMonths in role: "). */
const LINE_LABEL = /([^\n:|\t]{2,80}?)\s*(?::|[ \t]\||\t)\s*$/u;
/** The value closes its line or cell, maybe with a note in brackets. */
const VALUE_CLOSES = /^\s*(?:\([^)\n]{0,40}\)\s*)?(?:$|\n|\||\t)/u;

/** The unit the label before a bare value gives it, if the label names one. */
export function unitOfLabel(
  before: string,
  after: string,
): Extract<FigureUnit, 'years' | 'months'> | undefined {
  const label = LINE_LABEL.exec(before)?.[1];
  if (!label || !VALUE_CLOSES.test(after)) return undefined;
  const unit = (UNIT_OPENS.exec(label) ??
    (DISTANCE_IN_TIME.test(label) ? null : UNIT_CLOSES.exec(label)))?.[1]?.toLowerCase();
  return unit === 'years' || unit === 'months' ? unit : undefined;
}
