/*
 * A bare number that answers a measure said just before it, with the same verb, measures the same thing:
 * "I would not spend forty minutes on one company. I'm going to spend about thirty-five", "the first
 * draft ran 40 pages; the second ran 25", "we'd planned to walk ten miles and walked twelve". The unit
 * is left out because the verb carries it over; the number counts minutes, pages or miles, and no group
 * of people. Another verb carries nothing over ("spent 40 minutes with them; four signed").
 */

import { eachMatch } from '../text/eachMatch.ts';

/** Hedges a bare number may carry ("about thirty-five", "only 25"). */
const HEDGE =
  '(?:about|around|roughly|nearly|almost|some|maybe|perhaps|only|just|another|over|under|barely|at\\s+least|at\\s+most|closer\\s+to)';
const NUMBER =
  '(?:\\d[\\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\\s+hundred|hundred)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?)';
/** Measures that are never a group of people. */
const MEASURE =
  '(?:seconds?|minutes?|mins|hours?|hrs|days?|weeks?|months?|years?|miles?|kilomet(?:er|re)s?|km|met(?:er|re)s?|feet|foot|yards?|pages?|slides?|words?|points?|percent|per\\s+cent|degrees?|laps?|rounds?|holes?|innings|calories|pounds?|kilos?|kg|stars?)';
/** The verb (any word) before a measure with its number, in the words before: "spend forty minutes". */
const MEASURED_BY_VERB = new RegExp(
  `\\b([\\p{Ll}]{2,})\\s+(?:(?:it|them)\\s+)?(?:${HEDGE}\\s+)?${NUMBER}(?:\\s+|-)${MEASURE}\\b`,
  'gu',
);
/** The word straight before the bare number, past its hedge: "spend about". */
const VERB_BEFORE = new RegExp(`\\b([\\p{Ll}]{2,})\\s+(?:(?:it|them)\\s+)?(?:${HEDGE}\\s+)?$`, 'u');
/** Nothing after the number but the clause's end or an adverbial: the noun is left out. */
const NOUN_LEFT_OUT =
  /^\s*(?:$|[.;,!?:)\]—–]|(?:on|in|at|for|this|that|today|now|instead|again|or|and|tops|max|if|when|next|last|more)\b)/u;
/**
 * A named owner's noun between the measure and the number: "Microsoft's stake stood at 49 percent, and
 * OpenAI's headcount stood at roughly 770" measures another thing, verb and preposition alike (review23 #8).
 */
const OTHER_OWNER = /\p{Lu}[\p{L}\p{N}.&-]*['’]s\s+\p{Ll}/u;
/** Words before a number that are no verb carrying a measure over. */
const NOT_A_VERB = new Set([
  'of',
  'by',
  'or',
  'is',
  'be',
  'the',
  'and',
  'but',
  'with',
  'from',
  'than',
  'about',
  'were',
  'was',
  'are',
  'had',
  'have',
  'has',
  'all',
  'only',
  'just',
  'another',
]);

/** Irregular past forms, so "took" answers "take" and "got" answers "get". */
const IRREGULAR = new Map(
  Object.entries({
    took: 'take',
    got: 'get',
    gave: 'give',
    ran: 'run',
    spent: 'spend',
    sat: 'sit',
    slept: 'sleep',
    kept: 'keep',
    went: 'go',
    drove: 'drive',
    flew: 'fly',
    rode: 'ride',
    wrote: 'write',
    spoke: 'speak',
    made: 'make',
    paid: 'pay',
    lost: 'lose',
    swam: 'swim',
    won: 'win',
    read: 'read',
    did: 'do',
  }),
);
const stemOf = (word: string) => (IRREGULAR.get(word) ?? word).slice(0, STEM);

/** How far back a measure may be said for a bare number to answer it (a sentence or two). */
const REACH = 200;
/** Verbs compare on their stem, so "spend" answers "spent" and "ran" answers "runs" only when spelled alike. */
const STEM = 4;

/** The bare number at `start..end` in `text` answers a measure said just before with the same verb. */
export function answersMeasure(text: string, start: number, end: number): boolean {
  if (!NOUN_LEFT_OUT.test(text.slice(end, end + 12))) return false;
  const window = text.slice(Math.max(0, start - REACH), start);
  const verb = VERB_BEFORE.exec(window)?.[1];
  if (!verb || NOT_A_VERB.has(verb)) return false;
  const stem = stemOf(verb);
  for (const m of eachMatch(MEASURED_BY_VERB, window))
    if (stemOf(m[1]!) === stem && !OTHER_OWNER.test(window.slice(m.index + m[0].length))) return true;
  return false;
}
