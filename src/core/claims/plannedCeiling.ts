/*
 * A ceiling said with a modal is a plan's own figure, not talk: "the board could take on up to nine new
 * directors", "may bring in as many as nine members", "would be capped at nine seats", "could top
 * out at nine". The plan states how large the group may become; only a condition ("if", "unless", "were it
 * to", "should it") makes the ceiling hypothetical: "if the board took on up to nine directors".
 *
 * The growth is named by any verb a reporter uses for a group gaining members or for its limit: grow,
 * expand, swell, take on, bring in, add, appoint, name, elect, seat, welcome, recruit, assemble, be capped at, run to,
 * in any form after the modal ("would be choosing up to nine"). A board's size reached under a modal is its
 * ceiling too, with no "up to": "recruit a bigger board, which could reach nine".
 */

/** The same verbs in their -ing form after "be": "would be choosing up to nine", "may be adding as many as nine". */
const GROWING = String.raw`(?:growing|expanding|swelling|enlarging|increasing|adding|appointing|picking|choosing|selecting|naming|electing|nominating|seating|recruiting|hiring|welcoming|installing|filling|taking\s+on|bringing\s+(?:in|on|aboard))`;

/** A modal, then within a few words a verb of growing, filling or capping a group, up to the figure. */
const MODAL_GROWTH_BEFORE = new RegExp(
  String.raw`\b(?:would|could|might|may|will)\s+(?:[\w'’-]+\s+){0,8}?(?:grow|expand|swell|balloon|widen|broaden|enlarge|reach|increase|rise|climb|be\s+(?:expanded|enlarged|increased|widened|broadened|grown|capped|filled|made\s+up)|pick|appoint|add|fill|have|include|number|comprise|total|hold|assemble|build|form|put\s+together|take\s+on|bring\s+(?:in|on|aboard)|welcome|seat|recruit|hire|name|elect|choose|select|nominate|install|top\s+out|max\s+out|run\s+to|go\s+(?:up\s+)?to|stretch\s+to|extend\s+to|${GROWING})\b[^,;.]*$`,
  'iu',
);
/** A condition anywhere in the clause before the figure: "if", "unless", "were it to", "should the board". */
const CONDITION_BEFORE = /\b(?:if|unless|provided|suppose|supposing|imagine)\b|^\W*(?:Had|Were|Should)\b/i;
/** A cap's own words right before the figure: "capped at nine", "a ceiling of nine", "topping out at nine". */
const CAP_BEFORE =
  /\b(?:(?:capped|topping\s+out|maxing\s+out|tops?\s+out|maxe?s?\s+out)\s+at|(?:cap|ceiling)\s+of)\s+$/i;

/**
 * A board (or its seats) reaching a size right before the figure: "a bigger board, which could reach nine",
 * "its seats could run to nine": verbs of a limit. "Would grow to nine" stays talk (a forecast, often of
 * some other body's board), as do forecasts of staff or money.
 */
const REACHES_BEFORE = /\b(?:reach|run\s+to|top\s+out\s+at|max\s+out\s+at)\s+$/i;
const BOARD_IN_CLAUSE = /\b(?:board|boardroom|seats|directors|directorships)\b[^;.:—–]*$/i;

/**
 * The figure is the ceiling of a plan said with a modal: a ceiling ("up to", "as many as", or a cap's own
 * words) after a modal and a verb of growth, with no condition in its clause.
 */
export function plannedCeiling(before: string, ceiling: boolean): boolean {
  if (!ceiling && !CAP_BEFORE.test(before.slice(-40)) && !boardReaches(before)) return false;
  return MODAL_GROWTH_BEFORE.test(before) && !CONDITION_BEFORE.test(before);
}

/**
 * The figure is a board's limit reached under a modal, right before it ("which could reach nine"): a
 * ceiling for a topic that takes ceilings ("up to" among its `requires`) and none of the acting board's.
 * Only the verb right before the figure counts: "could reach a deal" elsewhere in the clause says nothing.
 */
export function reachedCeiling(before: string): boolean {
  const read = before.replace(SOURCED_LABEL_END, ' ');
  return boardReaches(read) && MODAL_GROWTH_BEFORE.test(read) && !CONDITION_BEFORE.test(read);
}
/**
 * "Maximum size the rebuilt board may reach, per a person briefed: nine": a label's colon, and the source it
 * credits before it, stand between the verb of the limit and its value.
 */
const SOURCED_LABEL_END = /(?:,\s*(?:per|according\s+to)\s+[^,;:.!?]{1,60})?\s*:\s*$/i;

function boardReaches(before: string): boolean {
  return REACHES_BEFORE.test(before.slice(-40)) && BOARD_IN_CLAUSE.test(before);
}

/**
 * "picking further directors, up to nine of them, and…", "to recruit new directors, as many as nine of them.":
 * a ceiling set off after the group it caps, closing with "of them", says how many that group may be, not a
 * part of some whole ("12 left, up to seven of them to Meta" goes on to say where the part went).
 */
const SET_OFF_BEFORE = /[^\d\s]\s*[—–,(]\s*$/;
const OF_THEM_ENDS = /^\s+of\s+them\s*(?:[,—–);.!?]|$)/;
export const ceilingOfGroup = (before: string, after: string, ceiling: boolean) =>
  ceiling && SET_OFF_BEFORE.test(before) && OF_THEM_ENDS.test(after);
