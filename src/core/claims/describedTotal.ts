/*
 * A staff's size given as how others describe or estimate it, the total's noun first and the
 * describing verb after it: "out of a staff they described as 700-plus", "in a workforce usually
 * described as 700-plus", "from a workforce described by the organizers as 700-plus", "from a workforce reported at 700-plus", "a headcount variously put at
 * 770", "a payroll estimated at about 780". Each gives
 * the whole organisation's size, as "a workforce of 770" does.
 *
 * Only the whole's own nouns (staff, workforce, headcount, payroll): "employees described as loyal"
 * and "a company valued at $86bn" describe other things; which organisation it is stays the topic's
 * business.
 */

/** The whole's nouns, with "itself" or a time word after ("the staff itself", "the workforce then"). */
const WHOLE = '(?:staff|workforce|headcount|payroll)(?:\\s+(?:itself|then|at\\s+the\\s+time))?';
/** Who describes it, in a reduced relative clause: "they", "reports", "the company", "organisers". */
const DESCRIBER =
  '(?:(?:that|which)\\s+)?(?:(?:they|reports|others|outlets|observers|analysts|organi[sz]ers|it|the\\s+company|OpenAI)\\s+)?';
/** How often or how variously: "usually", "widely", "variously", "since". */
const HOW = '(?:(?:usually|widely|often|commonly|generally|variously|elsewhere|then|since|later)\\s+)?';
/**
 * The describing verb and its preposition, as a reduced relative ("described as", "reported at", "put
 * at"). Not the clause's own verb: "The staff was counted as roughly 505" is a total only where the
 * total's reports give the value (reportedValueEcho.ts).
 */
const DESCRIBED =
  '(?:described|reported|put|estimated|counted|given|reckoned|pegged|cited|quoted|tallied|said\\s+to\\s+be)' +
  // The describer as the passive's agent: "described by the organizers as", "put by one report at".
  "(?:\\s+by\\s+(?:[\\p{L}'’-]+\\s+){0,3}?[\\p{L}'’-]+)?\\s+(?:as|at)";
const APPROXIMATELY =
  '(?:(?:roughly|about|around|some|nearly|approximately|just\\s+over|more\\s+than|over)\\s+)?';

const DESCRIBED_TOTAL_BEFORE = new RegExp(
  `\\b${WHOLE}\\s+${DESCRIBER}${HOW}${DESCRIBED}\\s+${APPROXIMATELY}$`,
  'iu',
);

/** The words before the figure (its sentence so far) give it as the staff's size as described or estimated. */
export const isDescribedTotal = (before: string) => DESCRIBED_TOTAL_BEFORE.test(before);
