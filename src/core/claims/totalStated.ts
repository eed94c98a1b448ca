/*
 * Two more ways news states a whole organisation's size, read as a total's place:
 *
 * - The total's noun as a clause's subject, its verb put off by a time phrase, or in the passive of
 *   estimating, however commonly: "The workforce at the time was about 770", "Its headcount then stood at 770",
 *   "its headcount is usually given as roughly 770", "the company's staff is generally put at 700-plus", "Staff
 *   numbers in November were around 770", "Headcount was put at about 770", "The payroll had been
 *   estimated at 780", "Its workforce, at that point, was reported as 800".
 * - The organisation itself said to be its people: "the whole company is about 770 people", "the
 *   firm was roughly 800 staff back then", "The entire lab is some 770 employees".
 *
 * - A staff noun, bare or owned ("whose staff", "its employees", "the staff"), with a verb only a count
 *   of people takes: "in a company whose staff numbered 700-plus", "the staff then numbered 700-plus",
 *   "its employees had grown to about 770", "OpenAI's staff had swelled to 770", "the workforce was north of
 *   700". "Topped 700" is left out: it means more than 700, which the figure's reading does not
 *   give. The copula is no such verb here ("the staff were 50 engineers"); "numbered among", "ran to
 *   the exits" have no figure after them.
 *
 * Which organisation it is stays the topic's business: "Anthropic's workforce at the time was 300"
 * names another company and is not OpenAI's total.
 */

/** Time phrases a reporter puts between a subject and its verb. */
const TIME_PHRASE =
  '(?:at\\s+the\\s+time|at\\s+that\\s+(?:time|point|stage)|then|back\\s+then|by\\s+then|by\\s+that\\s+point|that\\s+(?:week|weekend|month|autumn|fall|year)|last\\s+(?:week|month|year)|in\\s+(?:late\\s+|early\\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?|in\\s+(?:19|20)\\d\\d|(?:as\\s+)?of\\s+(?:that|the)\\s+(?:week|month|time))';
/** How commonly an estimate is given: "is usually given as", "was widely put at". */
const HOW_COMMONLY =
  '(?:(?:usually|generally|widely|commonly|often|typically|variously|normally|mostly|most\\s+often)\\s+)?';
/** The passive of estimating: "is put at", "was usually given as", "had been reckoned at". */
const ESTIMATED = `(?:is|was|were|(?:has|had)\\s+${HOW_COMMONLY}been)\\s+${HOW_COMMONLY}(?:put|estimated|reckoned|pegged|counted|reported|given|said\\s+to\\s+be)`;
/** Verbs that give a total: the copula, "stood at", "numbered", and the passive of estimating. */
const TOTAL_VERB = `(?:is|was|were|stands\\s+at|stood\\s+at|numbered|totalled|totaled|came\\s+to|ran\\s+to|reached|${ESTIMATED}(?:\\s+(?:at|as))?)`;
/** A whole's nouns; "staff numbers" and "employee count" as well as "headcount". */
const TOTAL_NOUN =
  '(?:headcount|workforce|payroll|staff\\s+(?:numbers|count|size)|employee\\s+(?:numbers|count))';

/**
 * Verbs only a group's size takes, with what may stand between them and the figure ("some", "upwards
 * of", "well over"): "numbered", "had grown to", "was north of".
 */
const HEADCOUNT_VERB =
  '(?:numbers|numbered|totals|totalled|totaled|stands\\s+at|stood\\s+at|runs\\s+to|ran\\s+to|comes\\s+to|came\\s+to|(?:has|had)\\s+(?:grown|swelled|swollen|risen|climbed|ballooned)\\s+to|(?:grew|swelled|rose|climbed|ballooned)\\s+to|(?:is|was|were|stands|stood)\\s+(?:north|upwards)\\s+of)(?:\\s+(?:some|upwards\\s+of|well\\s+over|just\\s+over|over|around|about|roughly|nearly|almost))?';
/** The staff's own nouns, bare or owned: "whose staff", "its employees", "OpenAI's workforce". */
const STAFF_NOUN = '(?:staff|staffers|employees|workforce|headcount|payroll|ranks)';
/** "whose staff numbered", "the staff then numbered", "its employees had grown to": a staff's size. */
const STAFF_COUNTED_BEFORE = new RegExp(
  `\\b${STAFF_NOUN}(?:,?\\s+${TIME_PHRASE},?)?\\s+${HEADCOUNT_VERB}\\s+$`,
  'i',
);

/**
 * "the company's staff is generally put at", "its staff is usually described as": a bare staff noun's
 * size given by the passive of estimating. Not "counted" nor "reported": "the staff was counted as
 * 505" may be a count among the staff, left to the reports' values (reportedValueEcho.ts).
 */
const STAFF_ESTIMATED_BEFORE = new RegExp(
  `\\b(?:staff|employees|staffers)(?:,?\\s+${TIME_PHRASE},?)?\\s+(?:is|was|were|are|(?:has|have|had)\\s+${HOW_COMMONLY}been)\\s+${HOW_COMMONLY}(?:put|estimated|reckoned|pegged|given|described)\\s+(?:at|as)\\s+$`,
  'i',
);

/** "workforce at the time was", "headcount was put at": the words just before a total. */
const TOTAL_SUBJECT_BEFORE = new RegExp(
  `\\b${TOTAL_NOUN}(?:,?\\s+${TIME_PHRASE},?)?\\s+${TOTAL_VERB}\\s+$`,
  'i',
);
/** "the whole company is about …", "the firm was roughly … back then". */
const ORGANISATION_IS_BEFORE =
  /\bthe\s+(?:whole\s+|entire\s+)?(?:company|firm|lab|start-?up|organi[sz]ation)\s+(?:is|was)\s+(?:only\s+|just\s+)?$/i;
/** The people an organisation is said to be ("is about 770 people"), not its age or its worth. */
const PEOPLE_AFTER = /^\s+(?:people|employees|staff|staffers|workers|souls|strong)\b/i;

/** The figure after `before` (its sentence so far) and before `after` gives an organisation's whole size. */
export function isTotalStated(before: string, after: string): boolean {
  return (
    TOTAL_SUBJECT_BEFORE.test(before) ||
    STAFF_COUNTED_BEFORE.test(before) ||
    STAFF_ESTIMATED_BEFORE.test(before) ||
    (ORGANISATION_IS_BEFORE.test(before) && PEOPLE_AFTER.test(after))
  );
}
