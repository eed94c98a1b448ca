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

/** The going itself, in the bare form: "leave", "step down", "lose their seats", "be replaced". */
const GO_BARE =
  String.raw`(?:leave|go(?!\s+(?:on|ahead|along|through|with|for|after|over|about|into)\b)|st(?:ep|and)\s+(?:down|aside)|depart|exit|quit|resign|make\s+way|lose\s+their\s+seats|give\s+up\s+their\s+seats|` +
  String.raw`be\s+(?:replaced|dropped|removed|leaving|stepping\s+down|gone|out))\b`;

/**
 * What members about to go will do, by any modal or promise: "will leave", "are set to step down",
 * "must go", "will have to step down", "are likely to quit", "agreed to resign", "offered to make way".
 */
const WILL_GO =
  String.raw`(?:(?:will|would|could|may|might|must|should|shall)(?:\s+(?:now|also|all|both|each|then|soon|eventually|probably|likely))?(?:\s+have\s+to)?|` +
  String.raw`(?:are|were)\s+(?:set|due|expected|slated|poised|likely|going|about|understood|said|reported|thought|being\s+asked|asked|forced|being\s+forced|required)\s+to|` +
  String.raw`are\s+to|(?:have|had)\s+to|plan(?:ned)?\s+to|(?:have\s+)?(?:agreed|offered|promised|volunteered)\s+to)\s+${GO_BARE}`;

/** What follows a going, not an object it acts on: "leave the board", "quit on Wednesday", "quit."; never "left Altman no choice". */
const GOING_ENDS = String.raw`(?=\s*(?:[.,;:—–)]|$)|\s+(?:the\s+(?:board|company|firm|panel|boardroom)|their\s+(?:seats|posts|roles|places|jobs)|OpenAI|on|in|after|over|under|as|at|this|last|next|today|too|together|immediately|with|when|once|amid|along|and|but|while)\b)`;

/**
 * The going as the count's own verb with no tense: a headline's "Four directors to step down", or a
 * participle that the count is the subject of ("sees four directors stepping down", "with three members
 * leaving").
 */
const GO_UNTENSED = String.raw`(?:to\s+${GO_BARE}${GOING_ENDS}|(?:leaving|departing|exiting|quitting|resigning|stepping\s+(?:down|aside|away)|making\s+way|bowing\s+out|losing\s+their\s+seats|giving\s+up\s+their\s+seats)\b${GOING_ENDS})`;

/**
 * An aside between the count's noun and its going: ", including Sutskever,", "(among them Toner)",
 * "— Toner and McCauley —". It names who they are; the going still follows.
 */
const NAMING_ASIDE = String.raw`(?:\s*[,(—–]\s*(?:(?:including|among\s+them|such\s+as|notably|led\s+by)\s+[^,()—–.;]{1,60}|\p{Lu}[\p{L}'’.-]*(?:(?:\s+|,\s*|\s+and\s+)\p{Lu}[\p{L}'’.-]*){0,6})\s*[,)—–])?`;

/**
 * The going said in the plain present or past: "Three people leave the board", "two directors quit",
 * "three members exit", "two trustees stepped down", "three directors lose their seats".
 */
const GO_NOW =
  String.raw`(?:leaves?|left|quits?|exit(?:s|ed)?|depart(?:s|ed)?|resign(?:s|ed)?|step(?:s|ped)?\s+(?:down|aside|away)|` +
  String.raw`walk(?:s|ed)?\s+(?:out|away)|bow(?:s|ed)?\s+out|los(?:e|es|t)\s+their\s+seats|give\s+up\s+their\s+seats|gave\s+up\s+their\s+seats|make\s+way|made\s+way)\b` +
  GOING_ENDS;

/**
 * After the figure: up to three words of its noun ("directors", "board members"), then the going. A word
 * starts with a letter, so a run of hyphens has one way to split, not polynomially many (review23 #4).
 */
const DEPARTING_AFTER = new RegExp(
  String.raw`^(?:[\s-]+[\p{L}'’][\p{L}'’-]*){0,3}?${NAMING_ASIDE}\s+(?:(?:are|were|is|have\s+been|had\s+been)\s+${HEDGE}${GOING}|${HEDGE}${WILL_GO}|${GO_UNTENSED}|on\s+(?:their|the)\s+way\s+out\b)`,
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

/** A going read only in its untensed form ("… directors to go"), with no tensed going before it. */
const UNTENSED_ONLY = new RegExp(String.raw`\s${GO_UNTENSED}$`, 'iu');
/** A verb of telling or asking whose object the count is: "told the four directors to go". */
const TOLD_BEFORE =
  /\b(?:told|tells?|telling|asked|asks?|asking|urged|urges?|urging|called\s+on|calls?\s+on|calling\s+on|pressed|pressing|wanted|wants?|demanded|demands?|demanding|ordered|orders?|begged|pleaded\s+with|implored)\s+(?:the\s+|its\s+|all\s+|all\s+the\s+)?(?:\p{L}+\s+){0,2}$/iu;

/** How far after the figure the going is looked for. */
const REACH = 60;

/**
 * A noun of the going just before a bare count: "the departure of four directors", "the resignations of
 * three board members", "sees two trustees' exit" is after. "The exit of the four directors" names the
 * board that acted by its definite article, so only a count with no determiner is some who go.
 */
const GOING_NOUN_BEFORE =
  /\b(?:departures?|exits?|resignations?|exodus|replacement|stepping\s+down|leaving)\s+of\s+(?:(?:some|another|a\s+further|a\s+total\s+of|at\s+least|up\s+to)\s+)?$/iu;

/** Does the text after a count (from its end) say the counted members are leaving? */
export function countsDepartingMembers(text: string, figureStart: number, figureEnd: number): boolean {
  const after = text.slice(figureEnd, figureEnd + REACH);
  if (DEPARTING_NOW_AFTER.test(after)) return true;
  const match = DEPARTING_AFTER.exec(after);
  if (!match) return false;
  // "told the four directors to go": an untensed going after someone's telling is their demand, not a going.
  return !(
    UNTENSED_ONLY.test(match[0]) && TOLD_BEFORE.test(text.slice(Math.max(0, figureStart - 40), figureStart))
  );
}

/** Is a count (from its start) the one a noun of going is of: "the departure of four directors"? */
export function countsDepartureOf(text: string, figureStart: number): boolean {
  return GOING_NOUN_BEFORE.test(text.slice(Math.max(0, figureStart - REACH), figureStart));
}
