import type { ContentClaim, Figure } from '../dataset/schema.ts';
import type { PageFigure } from '../figures/parseFigure.ts';
import { comparableUnits } from './figureVerdict.ts';

/*
 * A page figure that repeats a value the reports give for a topic ("505", "about 770", "$86bn"):
 * news pages repeat the figures their sources reported, so the value itself is evidence of the
 * topic, whatever words surround it. Evidence only: the topic must still be in reach of the figure,
 * and every exclusion of the figure stays.
 */

/** A value one report gives for one topic. */
interface ReportedValue {
  claimId: string;
  value: number;
  unit: Figure['unit'];
}

/** Every value every figure topic's reports give, compiled once per dataset. */
export interface ReportedValues {
  byClaim: Map<string, ReportedValue[]>;
  all: ReportedValue[];
}

/** An echo of a value that no other topic reports in a comparable unit. */
export const DISTINCTIVE_ECHO = 2;
/** An echo of a value another topic reports too ("700": signers and staff): a tie-breaker, no more. */
export const AMBIGUOUS_ECHO = 0.25;
/** Counts below this (a board of four, nine seats, eleven founders) are too common to be anyone's. */
const SMALL_COUNT = 13;
/** Spans of time (an age, years in a job) repeat across people and pages: no echo. */
const TIME_UNITS: ReadonlySet<string> = new Set(['years', 'months']);

const compiled = new WeakMap<readonly ContentClaim[], ReportedValues>();

/** The reported values of these figure topics, compiled on first use and kept with the list. */
export function reportedValues(claims: readonly ContentClaim[]): ReportedValues {
  let values = compiled.get(claims);
  if (values) return values;
  const all = claims.flatMap((claim) => {
    const given = claim.reports.flatMap((r) =>
      (r.figures ?? []).map((f) => ({ claimId: claim.id, value: f.value, unit: f.unit })),
    );
    return given.filter((v) => !isOutlier(v, given));
  });
  const byClaim = new Map<string, ReportedValue[]>();
  for (const v of all) byClaim.set(v.claimId, [...(byClaim.get(v.claimId) ?? []), v]);
  values = { byClaim, all };
  compiled.set(claims, values);
  return values;
}

/** How far apart (as a ratio) two reports of one topic may be and still count the same thing. */
const OUTLIER_RATIO = 4;

/**
 * A value far from every other value the topic's reports give ("49" against 490, 505 and 700
 * signers): a dropped digit or a slip, not a figure pages repeat. A lone report is no outlier.
 */
function isOutlier(v: ReportedValue, given: ReportedValue[]): boolean {
  const others = given.filter((o) => o !== v && o.unit === v.unit && o.value !== v.value);
  return (
    others.length > 0 &&
    others.every((o) => o.value > v.value * OUTLIER_RATIO || o.value * OUTLIER_RATIO < v.value)
  );
}

/** Sums: a value of money may be anything's. */
const MONEY_UNITS: ReadonlySet<string> = new Set(['usd', 'eur', 'gbp']);
/**
 * "$86 billion in ad revenue", "$500 billion of spending", "$13bn in annual sales": a sum that
 * says what it measures, a flow of money, not what the reports priced or put in.
 */
const MEASURED_SUM_AFTER =
  /^\s+(?:in|of)\s+(?:[\p{L}-]+\s+){0,2}?(?:revenues?|sales|turnover|income|profits?|earnings|losses|debt|spending|capex|capital\s+expenditure|costs?|funding|grants?|contracts?|orders|bookings|fines?|damages|compute|chips|infrastructure|data\s+cent(?:re|er)s?)\b/iu;

/** A figure whose value no echo can vouch for: an age, a span of time, a small count, a sum of something else. */
function echoless(text: string, figure: PageFigure): boolean {
  if (figure.isAge || TIME_UNITS.has(figure.unit)) return true;
  if (MONEY_UNITS.has(figure.unit)) return MEASURED_SUM_AFTER.test(text.slice(figure.end, figure.end + 60));
  return (figure.unit === 'count' || figure.unit === 'people') && figure.value < SMALL_COUNT;
}

const sameValue = (figure: PageFigure, v: ReportedValue) =>
  v.value === figure.value && comparableUnits(figure.unit, v.unit);

/**
 * How much the figure's value says it is the claim's: DISTINCTIVE_ECHO where only this claim
 * reports it, AMBIGUOUS_ECHO where another claim does too, 0 where no report of it gives it.
 * The rounding words may differ ("about 770" and "770"): the number is what is repeated.
 */
export function echoWeight(
  values: ReportedValues,
  claim: ContentClaim,
  text: string,
  figure: PageFigure,
): number {
  if (echoless(text, figure)) return 0;
  if (!values.byClaim.get(claim.id)?.some((v) => sameValue(figure, v))) return 0;
  return values.all.some((v) => v.claimId !== claim.id && sameValue(figure, v))
    ? AMBIGUOUS_ECHO
    : DISTINCTIVE_ECHO;
}
