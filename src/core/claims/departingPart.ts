/**
 * Some members on their way out are a part of a board, never its size: "Three directors are off",
 * "two members are out", "three trustees will step down", "two directors are set to leave", "three
 * board members are being replaced", "the two directors on their way out". The words after the
 * figure's noun say those members go; the board they leave is another number.
 */

/** A hedge word between the count's noun and the going: "now", "all", "also", "both". */
const HEDGE = String.raw`(?:(?:now|all|also|both|each|effectively|formally|officially|reportedly|then|soon)\s+)*`;

/** What a member on the way out is: "off", "out", "gone", "leaving", "stepping down", "being dropped". */
const GOING =
  String.raw`(?:off|out|gone|leaving|departing|exiting|going|quitting|stepping\s+(?:down|aside|away)|` +
  String.raw`on\s+(?:their|the)\s+way\s+out|out\s+the\s+door|heading\s+(?:out|for\s+the\s+exits?)|` +
  String.raw`being\s+(?:dropped|replaced|removed|pushed\s+out|ousted|shown\s+the\s+door|let\s+go|axed|cut)|` +
  String.raw`to\s+(?:leave|go|step\s+(?:down|aside)|depart|exit|quit|be\s+(?:replaced|dropped|removed)))\b`;

/** What members about to go will do: "will leave", "are set to step down", "must go", "lose their seats". */
const WILL_GO =
  String.raw`(?:will|would|must|are\s+(?:set|due|expected|slated|poised)\s+to|are\s+to|plan\s+to|have\s+agreed\s+to)\s+` +
  String.raw`(?:leave|go|step\s+(?:down|aside)|depart|exit|quit|resign|lose\s+their\s+seats|give\s+up\s+their\s+seats|` +
  String.raw`be\s+(?:replaced|dropped|removed|leaving|stepping\s+down|gone|out))\b`;

/**
 * After the figure: up to three words of its noun ("directors", "board members"), then the going. A word
 * starts with a letter, so a run of hyphens has one way to split, not polynomially many (review23 #4).
 */
const DEPARTING_AFTER = new RegExp(
  String.raw`^(?:[\s-]+[\p{L}'’][\p{L}'’-]*){0,3}?\s+(?:(?:are|were|is|have\s+been|had\s+been)\s+${HEDGE}${GOING}|${HEDGE}${WILL_GO}|on\s+(?:their|the)\s+way\s+out\b)`,
  'iu',
);

/** How far after the figure the going is looked for. */
const REACH = 60;

/** Does the text after a count (from its end) say the counted members are leaving? */
export function countsDepartingMembers(text: string, figureEnd: number): boolean {
  return DEPARTING_AFTER.test(text.slice(figureEnd, figureEnd + REACH));
}
