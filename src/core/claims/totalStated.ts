/*
 * Two more ways news states a whole organisation's size, read as a total's place:
 *
 * - The total's noun as a clause's subject, its verb put off by a time phrase, or in the passive of
 *   estimating: "The workforce at the time was about 770", "Its headcount then stood at 770", "Staff
 *   numbers in November were around 770", "Headcount was put at about 770", "The payroll had been
 *   estimated at 780", "Its workforce, at that point, was reported as 800".
 * - The organisation itself said to be its people: "the whole company is about 770 people", "the
 *   firm was roughly 800 staff back then", "The entire lab is some 770 employees".
 *
 * Which organisation it is stays the topic's business: "Anthropic's workforce at the time was 300"
 * names another company and is not OpenAI's total.
 */

/** Time phrases a reporter puts between a subject and its verb. */
const TIME_PHRASE =
  '(?:at\\s+the\\s+time|at\\s+that\\s+(?:time|point|stage)|then|back\\s+then|by\\s+then|by\\s+that\\s+point|that\\s+(?:week|weekend|month|autumn|fall|year)|last\\s+(?:week|month|year)|in\\s+(?:late\\s+|early\\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?|in\\s+(?:19|20)\\d\\d|(?:as\\s+)?of\\s+(?:that|the)\\s+(?:week|month|time))';
/** Verbs that give a total: the copula, "stood at", "numbered", and the passive of estimating. */
const TOTAL_VERB =
  '(?:is|was|were|stands\\s+at|stood\\s+at|numbered|totalled|totaled|came\\s+to|ran\\s+to|reached|(?:is|was|were|has\\s+been|had\\s+been)\\s+(?:put|estimated|reckoned|pegged|counted|reported|given|said\\s+to\\s+be)(?:\\s+(?:at|as))?)';
/** A whole's nouns; "staff numbers" and "employee count" as well as "headcount". */
const TOTAL_NOUN =
  '(?:headcount|workforce|payroll|staff\\s+(?:numbers|count|size)|employee\\s+(?:numbers|count))';

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
    TOTAL_SUBJECT_BEFORE.test(before) || (ORGANISATION_IS_BEFORE.test(before) && PEOPLE_AFTER.test(after))
  );
}
