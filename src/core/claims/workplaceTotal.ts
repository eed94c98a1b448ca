/*
 * A headcount said as the people who work somewhere: "Roughly 770 people work at OpenAI", "some 770
 * staff now work for the company", "About 770 employees are employed there", "770 people are on its
 * payroll", "770 people draw a salary from OpenAI", "OpenAI, where about 770 people work, …". That is
 * the organisation's whole staff, as "OpenAI has 770 employees" is. Whose organisation it is stays the
 * topic's business ("300 people work at Anthropic" names another company). A part of the staff is told
 * otherwise ("770 people work on safety", "20 people work in the Paris office"), so the place must be an
 * organisation, a pronoun's, or "there".
 */

/** The people noun, then the verb of working for a place, then "at"/"for" or "there". */
const WORK_FOR_AFTER =
  /^\s+(?:people|staff|staffers|employees|workers|persons|individuals)\s+(?:now\s+|currently\s+|still\s+|then\s+|already\s+)?(?:work(?:ed)?\s+(?:at|for)\s+(?!(?:the|a|an|its|their|his|her)\s+(?:\w+\s+)?(?:office|team|unit|division|department|lab\s+in|site|branch|desk|group)\b)|work(?:ed)?\s+there\b|(?:are|were)\s+(?:employed|on\s+(?:the|its|OpenAI['’]s|the\s+company['’]s)\s+payroll)|dr(?:a|e)w\s+(?:a\s+)?(?:salary|salaries|paycheck|paychecks|pay)\s+(?:at|from)\s)/iu;
/** "OpenAI, where about 770 people work, …": the whole's place named before, the verb closing its clause. */
const WHERE_BEFORE = /,\s+where\s+(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than)\s+)?$/iu;
const WORK_CLOSE_AFTER =
  /^\s+(?:people|staff|staffers|employees|workers)\s+(?:now\s+|currently\s+|then\s+)?work(?:ed)?\s*(?:[,;:.)—–]|$)/iu;

/** The figure counts the people who work for an organisation, its whole staff. */
export function countsWorkforce(before: string, after: string): boolean {
  return WORK_FOR_AFTER.test(after) || (WHERE_BEFORE.test(before) && WORK_CLOSE_AFTER.test(after));
}

/** "… people work at ", "… staff drew salaries from ": the words up to the named place. */
const PLACE_AFTER =
  /^\s+(?:people|staff|staffers|employees|workers|persons|individuals)\s+(?:now\s+|currently\s+|still\s+|then\s+|already\s+)?(?:work(?:ed)?\s+(?:at|for)|(?:are|were)\s+employed\s+(?:at|by)|dr(?:a|e)w\s+(?:a\s+)?(?:salary|salaries|paycheck|paychecks|pay)\s+(?:at|from))\s+/iu;

/** Where the place of work starts in `after` ("770 people work at |Anthropic"), so its name can own the count. */
export function workplaceStart(after: string): number | undefined {
  return PLACE_AFTER.exec(after)?.[0].length;
}
