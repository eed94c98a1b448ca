/*
 * A letter scale on a count, as British papers and data desks abbreviate it: "650m monthly users",
 * "1.2bn people", "300k signatures", and the figure it is set against ("up from 450m in July").
 * Alone, "m"/"k"/"b" are not read as scales ("a 10 m cable", "400m race"): the noun after the figure,
 * or a linked earlier count of the same kind, says it is a count of millions or thousands.
 */
import type { FigureUnit } from './parseFigure.ts';

const LETTER_SCALE = /^[mkb]$/i;

/** The people or audience a scaled count counts. */
const COUNTED_NOUNS =
  'users|people|subscribers|customers|members|employees|staff|workers|viewers|readers|visitors|listeners|followers|signatures|signatories|voters|residents|citizens|accounts|downloads|installs|players|consumers|households';
/** How often or how they are counted: "monthly", "active", "paying". */
const COUNTED_HOW = '(?:(?:monthly|weekly|daily|active|paying|registered|unique|new|global|regular)\\s+)*';
/** The people or audience a scaled count counts, maybe after how often or how they are counted. */
const COUNTED_AFTER = new RegExp(
  `^\\s?(?:MAUs?(?![\\p{L}])|monthly\\s+actives(?![\\p{L}])|monthly(?=\\s*(?:$|[.;,|)\\]!?—–]))|${COUNTED_HOW}(?:${COUNTED_NOUNS})(?![\\p{L}]))`,
  'iu',
);
/**
 * "650m ChatGPT users", "5m monthly Gemini users": one or two capitalised names before the noun. Case
 * matters here (under the `i` flag `\p{Lu}` matches any letter: "50m from the staff entrance").
 */
const HOW_BEFORE_NAME = new RegExp(`^\\s?${COUNTED_HOW}`, 'iu');
const NAME_WORDS = /^(?:\p{Lu}[\p{L}\p{N}]*\s+){1,2}/u;
const COUNTED_NOUN_OPENS = new RegExp(`^(?:${COUNTED_NOUNS})(?![\\p{L}])`, 'iu');

/** The words after a scaled number name people or an audience counted. */
function countedAfter(after: string): boolean {
  if (COUNTED_AFTER.test(after)) return true;
  const how = HOW_BEFORE_NAME.exec(after)?.[0].length ?? 0;
  const names = NAME_WORDS.exec(after.slice(how))?.[0].length;
  return names !== undefined && COUNTED_NOUN_OPENS.test(after.slice(how + names));
}

/**
 * "…, up from 450m", "against 300m", "to 1bn": a second figure set against the first. Not "and"/"or":
 * "100m users and 5m of cash" lists another quantity.
 */
const SAME_COUNT_LINK = /^[^.;!?]{0,40}\b(?:from|to|versus|vs\.?|against|compared\s+with)\s+$/i;
/** The longest gap a link can span (40 characters and its words): a figure farther back is not linked. */
export const LINK_REACH = 60;
/**
 * A word right after the linked figure is its own noun ("5m of cash", "20m tonnes", "3k more"), unless
 * it opens a time or place of the same count ("450m in July", "300m a year ago").
 */
const OWN_NOUN_AFTER =
  /^\s*(?!(?:in|on|at|by|during|over|since|until|before|after|last|this|a|an|per|earlier|ago|and|but|while|when|as)(?![\p{L}]))\p{L}/iu;

const SCALED_UNITS: ReadonlySet<FigureUnit> = new Set(['users', 'people']);
/** A linked figure scales only after a count that is itself large: "650m users, up from 450m". */
const LARGE_COUNT = 1e3;

export interface EarlierCount {
  unit: FigureUnit;
  value: number;
  /** The text between the earlier figure and this one (at most LINK_REACH characters). */
  between: string;
}

/** Whether a letter scale ("m", "k", "b") after a number scales a count of people or users. */
export function scalesCount(scale: string, after: string, earlier?: EarlierCount): boolean {
  if (!LETTER_SCALE.test(scale)) return false;
  if (countedAfter(after)) return true;
  return (
    !!earlier &&
    SCALED_UNITS.has(earlier.unit) &&
    earlier.value >= LARGE_COUNT &&
    !OWN_NOUN_AFTER.test(after) &&
    SAME_COUNT_LINK.test(earlier.between)
  );
}
