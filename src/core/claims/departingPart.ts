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
 * The going said in the plain present or past: "Three people leave the board", "two directors quit",
 * "three members exit", "two trustees stepped down", "three directors lose their seats".
 */
const GO_NOW =
  String.raw`(?:leaves?|left|quits?|exit(?:s|ed)?|depart(?:s|ed)?|resign(?:s|ed)?|step(?:s|ped)?\s+(?:down|aside|away)|` +
  String.raw`walk(?:s|ed)?\s+(?:out|away)|bow(?:s|ed)?\s+out|los(?:e|es|t)\s+their\s+seats|give\s+up\s+their\s+seats|gave\s+up\s+their\s+seats|make\s+way|made\s+way)\b` +
  // What follows a going, not an object it acts on: "leave the board", "quit on Wednesday", "quit."; never "left Altman no choice".
  String.raw`(?=\s*(?:[.,;:—–)]|$)|\s+(?:the\s+(?:board|company|firm|panel|boardroom)|their\s+(?:seats|posts|roles|places|jobs)|OpenAI|on|in|after|over|under|as|at|this|last|next|today|too|together|immediately|with|when|once|amid|along)\b)`;

/**
 * After the figure: up to three words of its noun ("directors", "board members"), then the going. A word
 * starts with a letter, so a run of hyphens has one way to split, not polynomially many (review23 #4).
 */
const DEPARTING_AFTER = new RegExp(
  String.raw`^(?:[\s-]+[\p{L}'’][\p{L}'’-]*){0,3}?\s+(?:(?:are|were|is|have\s+been|had\s+been)\s+${HEDGE}${GOING}|${HEDGE}${WILL_GO}|on\s+(?:their|the)\s+way\s+out\b)`,
  'iu',
);

/**
 * The plain going right after the count's own noun ("Three people leave", "two directors quit"): "exits" and
 * "leaves" are nouns too, so no other word may come between ("four directors by earlier exits").
 */
const DEPARTING_NOW_AFTER = new RegExp(
  String.raw`^(?:[\s-]+(?:(?:board|outside|independent|other|more|of\s+(?:them|its|the))\s+)?(?:directors|members|people|trustees|others|board\s+members))?\s+${HEDGE}${GO_NOW}`,
  'iu',
);

/** How far after the figure the going is looked for. */
const REACH = 60;

/** Does the text after a count (from its end) say the counted members are leaving? */
export function countsDepartingMembers(text: string, figureEnd: number): boolean {
  const after = text.slice(figureEnd, figureEnd + REACH);
  return DEPARTING_AFTER.test(after) || DEPARTING_NOW_AFTER.test(after);
}
