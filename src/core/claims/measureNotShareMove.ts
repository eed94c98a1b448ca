import type { ContentClaim } from '../dataset/schema.ts';

/*
 * A move that is not a share price's reaction to the news, on an earnings or markets page: a result's
 * own measure moving ("Net income rose 33%", "Capital expenditure climbed 69% to $11.5 billion", "Gross
 * margin widened to 68.4% from 65.2%", "revenue grew 18%", "operating costs fell 4%") or a move over a
 * long run ("has gained 57% this year", "is up 128% year to date", "climbing 8% this month", "up 40% over
 * the past 12 months"). A topic that is a share move takes neither.
 */

/** The measures of a company's results and trade that are not its share price. */
const MEASURE =
  '(?:revenue|revenues|sales|turnover|net\\s+income|income|profit|profits|earnings|EPS|margin|margins|expenditure|capex|spending|spend|costs?|expenses|cash\\s+flow|bookings|orders|dividend|guidance|forecast|backlog|deliveries|shipments|subscribers|users|customers|members|traffic|headcount|workforce|debt|cash|output|production)';
/** Verbs of a measure's move. */
const MOVE =
  '(?:rose|rise|rises|rising|fell|falls|falling|grew|grows|growing|climbed|climbs|jumped|jumps|surged|slid|slipped|dropped|declined|gained|added|increased|decreased|widened|narrowed|expanded|shrank|contracted|improved|doubled|tripled|swelled|soared|plunged|tumbled|was\\s+up|was\\s+down|were\\s+up|were\\s+down)';
/** The measure is the subject of the move before the figure, no share word after it in the clause. */
const MEASURE_MOVES_BEFORE = new RegExp(
  `\\b${MEASURE}\\b(?:\\s+[\\p{Ll}-]+){0,3}?(?:,[^,]{0,40},)?\\s+${MOVE}\\b[^;]*$`,
  'iu',
);
const SHARE_WORD = /\b(?:shares?|stocks?|share\s+price|stock\s+price|market\s+(?:value|cap\w*))\b/i;

/** A long run after the move: "this year", "year to date", "this month", "over the past 12 months", "since January". */
const LONG_RUN_AFTER =
  /^\s+(?:so\s+far\s+)?(?:this|last|in\s+the\s+past|over\s+the\s+(?:past|last))\s+(?:year|month|quarter|(?:\d+|two|three|six|twelve)\s+(?:months|years|weeks))\b|^\s+(?:year[-\s]to[-\s]date|YTD|since\s+(?:January|the\s+start\s+of\s+the\s+year|its\s+IPO|listing))\b|^\s+(?:in|over)\s+(?:20\d\d|the\s+year)\b/iu;

/** Cues of a share-move topic. */
const MOVE_CUE = /^(?:shares|premarket|pre-market|stock|share price)$/i;

/**
 * A result's financial measure as the clause's subject, moving or standing at a level: "Gross margin
 * reached 74%, up from 53.6%", "Operating income was $8.9 billion", "Data centre revenue jumped 279%". No
 * topic of any kind counts a company's results, so this holds whatever topic was chosen.
 */
const RESULT =
  '(?<![-\\p{L}])(?:revenue|revenues|sales|turnover|net\\s+income|operating\\s+income|net\\s+profit|operating\\s+profit|pre-?tax\\s+profit|profit|earnings\\s+per\\s+share|EPS|gross\\s+margin|operating\\s+margin|margin|capital\\s+expenditure|capex|operating\\s+costs|operating\\s+expenses|free\\s+cash\\s+flow|cash\\s+flow|bookings|dividend)';
const LEVEL = `(?:${MOVE}|reached|hit|stood\\s+at|came\\s+in\\s+at|totalled|totaled|was|were|is|came\\s+to)`;
const RESULT_SUBJECT_BEFORE = new RegExp(
  `\\b${RESULT}\\b(?:\\s+[\\p{Ll}-]+){0,3}?(?:,[^,]{0,40},)?\\s+${LEVEL}\\b[^;]*$`,
  'iu',
);

/** The figure at `figureStart` is a result's own measure, whatever the topic: "Gross margin reached 74%". */
export function isResultMeasure(text: string, clauseStart: number, figureStart: number): boolean {
  const before = text.slice(Math.max(clauseStart, figureStart - 100), figureStart);
  const m = RESULT_SUBJECT_BEFORE.exec(before);
  return m !== null && !SHARE_WORD.test(m[0]) && !/\b(?:stake|owns?|invest\w*|valu\w*)\b/i.test(m[0]);
}

/** The figure at `figureStart` is a measure's move or a long run's, and `claim` is a share move. */
export function isNotShareMove(
  claim: ContentClaim,
  text: string,
  clauseStart: number,
  figureStart: number,
  figureEnd: number,
): boolean {
  if (isResultMeasure(text, clauseStart, figureStart)) return true;
  if (!claim.cues.some((c) => MOVE_CUE.test(c))) return false;
  if (LONG_RUN_AFTER.test(text.slice(figureEnd, figureEnd + 50))) return true;
  const before = text.slice(Math.max(clauseStart, figureStart - 100), figureStart);
  const m = MEASURE_MOVES_BEFORE.exec(before);
  return m !== null && !SHARE_WORD.test(m[0]);
}
