import { isOptionLine } from './optionLine.ts';
import { PAST_IN_ED, PRESENT_BETWEEN_NAMES } from './railContext.ts';

/**
 * What a block is in the page's structure, read from the markup around it (the content adapter
 * reads the DOM; this module judges the texts it hands over). One block's text cannot show that it
 * is the third of four quiz options or an entry of a "Things we mentioned" list: its siblings do.
 */
export interface BlockRole {
  /** The block is an item of a set of sibling items, of this kind (see `readSiblingSet`). */
  set?: SiblingSet;
  /** Page chrome: a footer, an address, a contact block. Its numbers (a street number, a phone) are no figures. */
  chrome?: boolean;
  /**
   * A bare value in a card with its label (a stat card's big number and its caption): which side of
   * the value the card's label is on. The block on the other side belongs to the card beside it, so
   * it gives the value no topic ("4" after the caption "Directors behind the vote" of the card before).
   */
  cardLabel?: 'after' | 'before';
  /** A table cell: its column's header, and how many of the table's columns hold nothing but numbers. */
  column?: { header: string; numericColumns: number };
}

/**
 * A set of sibling items (list items, cards, cells):
 * - 'options': a quiz's or a poll's choices, one per item ("A) Fewer than 100", "B) About 250"): put to
 *   the reader, stated by no one;
 * - 'titles': a list of works named, not told (show notes, "Things we mentioned", a reading list):
 *   names only (convention (e));
 * - 'questions': a list of open questions ("How many signers would actually leave.", "Whether the
 *   talks lead anywhere."): what each item asks is not reported;
 * - 'enumerated': items numbered 1, 2, 3 … in order (ranks, numbered cards, a countdown's places): the
 *   number each opens with is its place, no figure; what follows it keeps its claims.
 */
export type SiblingSet = 'options' | 'titles' | 'questions' | 'enumerated';

/** An item opening with an option marker: "A)", "(b)", "C.", "d)". */
const OPTION_MARKER = /^\s*\(?[A-Fa-f][).]\s/;

/** A question word opening an item, a question written without its mark ("How many signed.", "Whether …"). */
const QUESTION_OPENING =
  /^\s*(?:how\s+(?:many|much|long|far|often|soon)|whether|why|when|who(?:se|m)?|which|what)\b/i;

/**
 * A question word heading a label, the answer after its colon ("What happened: the board …", "Who is
 * in charge: Emmett Shear …"): a fact box's row, which states its answer, not an open question.
 */
const LABEL_THEN_ANSWER = /^[^.?!:]{1,60}:\s*\S/;
const asksQuestion = (text: string) => QUESTION_OPENING.test(text) && !LABEL_THEN_ANSWER.test(text);

/**
 * A finite verb, which a title or a named work has none of: an auxiliary or a verb of saying, a past
 * in "-ed" (not "as reported by"), a present between a name and a capitalised word ("Microsoft hires
 * Altman"): the last two as a reference entry's lead is read (railContext.ts).
 */
const FINITE_WORD =
  /\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|says|said|told|tells|wrote|writes|quits|resigns|returns|joins|fires|hires)\b/i;
/** A citation's "as reported by", "as published in": a participle, no verb of the item's own. */
const AS_PARTICIPLE = /\bas\s+\p{Ll}+ed\b/gu;

/**
 * What makes a verbless item a work cited rather than a headline's clause: a date or year after it
 * (", 17 Nov", "(2021)", "Nov. 20, 2023"), or a noun for a piece of writing or talk at its head.
 */
const CITED_DATE =
  /(?:,\s*|\(\s*)(?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{4})\)?\s*\.?\s*$/u;
const WORK_NOUN =
  /^\s*(?:(?:the|a|an|our|[\p{L}.’' -]{1,40}?['’]s?)\s+)?(?:\p{L}+\s+){0,2}(?:post|posts|announcement|letter|book|episode|article|interview|report|statement|memo|podcast|video|thread|essay|profile|piece|story|column|newsletter|blog|paper|filing|transcript|clip|segment|keynote|talk|chapter)\b/iu;

/** An item that names a work: no finite verb, and a date after it or a noun for a work at its head. */
export function isTitleItem(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 200) return false;
  const verbs = t.replace(AS_PARTICIPLE, 'as');
  if (FINITE_WORD.test(verbs) || PAST_IN_ED.test(verbs) || PRESENT_BETWEEN_NAMES.test(verbs)) return false;
  // A date alone ("Friday, Nov. 17") is a timeline's heading, not a work.
  const dated = CITED_DATE.exec(t);
  if (dated && !/\p{L}{2,}[^]*\s\p{L}{2,}/u.test(t.slice(0, dated.index))) return false;
  return dated !== null || WORK_NOUN.test(t);
}

/** The number an item opens with, as a place in a list: "1", "2.", "(3)", "#4" — not "1.5", "10%", "2,000". */
const LEADING_PLACE = /^\s*[#(]?(\d{1,3})(?![\d%]|[.,]\d)/;
const placeOf = (text: string) => {
  const m = LEADING_PLACE.exec(text);
  return m ? Number(m[1]) : undefined;
};

/** The least items a set has: one item alone is no set. */
const LEAST_ITEMS = 2;

/**
 * The kind of set a group of sibling items makes, from their texts in order, or undefined when it is
 * none of them (a list of facts, a numbered list of claims, a grid of stat cards).
 */
export function readSiblingSet(items: readonly string[]): SiblingSet | undefined {
  const texts = items.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
  if (texts.length < LEAST_ITEMS) return undefined;
  // The same test as for options set side by side on one line (optionLine.ts), the items joined.
  if (texts.every((t) => OPTION_MARKER.test(t)) && isOptionLine(texts.join(' '))) return 'options';
  if (texts.every(isTitleItem)) return 'titles';
  // 1, 2, 3 … in order from the first item, or counting down to 1: places, not counts.
  const places = texts.map(placeOf);
  if (places.every((p, i) => p === i + 1) || places.every((p, i) => p === texts.length - i))
    return 'enumerated';
  if (texts.filter(asksQuestion).length >= Math.max(LEAST_ITEMS, texts.length / 2)) return 'questions';
  return undefined;
}

/** The end of an item's first sentence: what a question item asks. */
const FIRST_SENTENCE_END = /[.?!](?=\s|$)/;

/** Where an item of a question list stops asking: the end of its first sentence, when it opens with a question word. */
export function questionEnd(text: string): number | undefined {
  if (!asksQuestion(text)) return undefined;
  const end = FIRST_SENTENCE_END.exec(text);
  return end ? end.index + 1 : text.length;
}

/** The block's figures are none of the page's claims: chrome, a set of options or of titles, a scoreboard's cell. */
export function roleRulesOutFigures(
  role: BlockRole | undefined,
  headerHasCue: (header: string) => boolean,
): boolean {
  if (!role) return false;
  if (role.chrome || role.set === 'options' || role.set === 'titles') return true;
  // A grid of numbers (a scoreboard, a tally by day) whose column header names nothing counted: scores.
  const column = role.column;
  return !!column && column.numericColumns >= 2 && !headerHasCue(column.header);
}

/** A figure that is an enumerated item's place: the number the block opens with ("3" on a rank's card). */
export function isPlaceMarker(role: BlockRole | undefined, text: string, start: number): boolean {
  return role?.set === 'enumerated' && start === text.search(/\S/) && placeOf(text) !== undefined;
}

/** Whether a statement found at `start` is ruled out by the block's role: an option, a title, what a question asks. */
export function roleRulesOutStatement(role: BlockRole | undefined, text: string, start: number): boolean {
  if (role?.set === 'options' || role?.set === 'titles') return true;
  if (role?.set !== 'questions') return false;
  const end = questionEnd(text);
  return end !== undefined && start < end;
}
