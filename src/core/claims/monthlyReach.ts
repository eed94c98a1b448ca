/*
 * People counted per month are a product's monthly users, whatever the reporter calls them: "Gemini
 * counted 450 million people a month", "650 million people use it every month", "reaches 400 million
 * visitors monthly", "200 million people each month". A count of people with no rate stays people
 * ("450 million people live there"), and a rate of something else stays what it is ("12 people a
 * month left the company" counts leavers, and is no audience: see LEAVING_AFTER).
 */

/** The noun an audience is counted in, with up to two words of description ("450 million active people"). */
const AUDIENCE_NOUN = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:people|persons|users|visitors|individuals)(?![\p{L}])/u;

/** "a month", "per month", "every month", "each month", "monthly", "a month on average". */
const PER_MONTH = '(?:(?:a|per|every|each)\\s+month|monthly)\\b';
/** "people a month", "people use it every month", "visitors who come back each month". */
const MONTHLY_AFTER = new RegExp(
  `^\\s+(?:${PER_MONTH}|(?:now\\s+|still\\s+)?(?:use|used|using|uses|open|opened|visit|visited|turn\\s+to|turned\\s+to|log\\s+in\\s+to|logged\\s+in\\s+to)\\s+(?:it|them|the\\s+(?:app|assistant|chatbot|service|model|product)|\\p{Lu}[\\p{L}\\p{N}]*(?:\\s+\\p{Lu}?[\\p{L}\\p{N}]+)?)\\s+${PER_MONTH})`,
  'u',
);
/** "people a month left", "people each month quit": a rate of leaving or hiring, not an audience. */
const LEAVING_AFTER =
  /^\s+(?:\S+\s+){1,2}(?:left|quit|leave|leaving|joined|join|joining|hired|were\s+hired|departed|resigned|signed)\b/i;

/** What follows the count is an audience's noun and a rate per month. */
export function countsMonthlyAudience(after: string): boolean {
  const noun = AUDIENCE_NOUN.exec(after);
  if (!noun) return false;
  const rest = after.slice(noun[0].length);
  return MONTHLY_AFTER.test(rest) && !LEAVING_AFTER.test(rest);
}

/**
 * "450 million people a month; the latest figure is 650 million", "650 million people monthly, up from
 * 450 million", "a big jump on the 450 million it claimed": the same series at another time counts the
 * same audience. A comparison ("compared with", "versus", "against", "next to") sets it beside
 * another thing as often as another time ("compared with 2 billion for YouTube"): no link.
 */
const SAME_AUDIENCE_LINK =
  /^[^.!?]{0,60}?\b(?:from|(?<!\b(?:compared|relative|next|similar|equal|close|comparable|contrast)\s+)to|(?:jump|rise|increase|leap|climb|up|down)\s+on(?:\s+the)?|(?:the|that|this)\s+(?:[\p{Ll}-]+\s+)?(?:figure|number|count|total|tally)\s+(?:is|was|now\s+stands\s+at|stands\s+at|stood\s+at|has\s+reached|reached|came\s+to|had\s+been))\s+(?:just\s+|about\s+|some\s+|nearly\s+|roughly\s+|around\s+)?$/iu;

/** The words between an audience's count and a bare count after it say the second counts the same audience. */
export const sameAudienceLink = (between: string) => SAME_AUDIENCE_LINK.test(between);
