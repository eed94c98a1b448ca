import type { PageFigure } from '../figures/parseFigure.ts';
import { parseNumberWords } from '../figures/parseNumberWords.ts';

/**
 * A count that is one end of a range that states no fact:
 * - a range spanning orders of magnitude ("for teams of 5 to 5,000", "companies of 10-10,000
 *   people", "anywhere from two to 2,000 staff"): a market's span or a product's reach, no group's size;
 * - a range whose unit comes before it ("minutes 2 to 30", "pages 4 through 9", "slides 3–12",
 *   "episodes 2 to 5"): a place in a recording or a document, numbered, not counted.
 */

/** How many times its start a range's end is before the range is a span of sizes, not a size. */
const WIDE_RATIO = 50;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+|[a-z]+(?:[\s-][a-z]+)?)`;
const JOINT = String.raw`\s*(?:[–-]|\s(?:to|through|thru|and)\s)\s*`;
const END_AFTER = new RegExp(String.raw`^${JOINT}${NUMBER}(?![\d,]*\d)`, 'i');
const START_BEFORE = new RegExp(String.raw`${NUMBER}${JOINT}$`, 'i');
/** A plural noun right before the range's start, its unit: "minutes 2 to 30", "pages 4-9". */
const UNIT_BEFORE_START = /(?:^|[^\p{L}])(\p{Ll}{3,}s)\s+$/u;
/** Plural nouns of people or money before a range are what it counts, not where it points. */
const COUNTED_PLURALS =
  /^(?:employees|staffers|workers|people|persons|members|directors|signatories|signatures|signers|founders|users|seats|votes|dollars|shares|years|months|weeks|days|hours)$/;
/** The most a numbered place's range starts at and ends at ("minutes 2 to 30", "pages 4-9"). */
const PLACE_START_MAX = 100;
const PLACE_END_MAX = 1000;

function valueOf(words: string): number | undefined {
  if (/^\d/.test(words)) return Number(words.replace(/,/g, ''));
  return parseNumberWords(words.toLowerCase());
}

/** `figure` is an end of a wide range, or of a range with its unit before it. */
export function isRangeEnd(text: string, figure: PageFigure): boolean {
  if (figure.isAge || (figure.unit !== 'count' && figure.unit !== 'people')) return false;
  const after = END_AFTER.exec(text.slice(figure.end, figure.end + 30));
  if (after) {
    const end = valueOf(after[1]!);
    if (end !== undefined && end > figure.value) {
      if (end >= figure.value * WIDE_RATIO) return true;
      return placeRange(text.slice(Math.max(0, figure.start - 30), figure.start), figure.value, end);
    }
  }
  const beforeEnd = text.slice(Math.max(0, figure.start - 40), figure.start);
  const before = START_BEFORE.exec(beforeEnd);
  if (before) {
    const start = valueOf(before[1]!);
    if (start !== undefined && start < figure.value) {
      if (figure.value >= start * WIDE_RATIO) return true;
      return placeRange(beforeEnd.slice(0, before.index), start, figure.value);
    }
  }
  return false;
}

function placeRange(before: string, start: number, end: number): boolean {
  const unit = UNIT_BEFORE_START.exec(before)?.[1];
  return (
    unit !== undefined && !COUNTED_PLURALS.test(unit) && start <= PLACE_START_MAX && end <= PLACE_END_MAX
  );
}
