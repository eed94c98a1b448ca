import type { ContentClaim } from '../dataset/schema.ts';
import type { PageFigure } from '../figures/parseFigure.ts';
import type { NameHit } from '../match/findNames.ts';
import type { Span } from '../text/splitSentences.ts';

/*
 * Whose span of time is this? A count of years or months tied to a person's topic (a tenure, how long
 * two people worked together) must be that person's time. Two shapes of news English give it to
 * someone else or to no one:
 * - a relative clause hung on a name ("Adam D'Angelo, 39, who … and whose CV includes nearly two years
 *   as Facebook's technology chief"): every span in the clause is the named person's, whoever else the
 *   clause names on the way;
 * - "in two years", "within three years", "in the past two years": the time in which things happened
 *   ("seen off a board and a talent raid in two years"), not time anyone spent in a post or beside
 *   someone ("in eight years of working together" is).
 */

/** A name, maybe an age or a short apposition set off by commas, then a relative pronoun: "X, 39, who", "X, whose". */
const RELATIVE_AFTER_NAME =
  /^\s*,(?:\s*\d{1,3}\s*,|\s*[^,;:.!?]{1,40},)?\s+(?:who|whose|who['’]d|who['’]s)\b/iu;
/**
 * A break a relative clause does not run past: a stop or a dash, or the comma that closes it ("X, who
 * had known both men for years, said Y had …": the main clause after that comma is not X's).
 */
const CLAUSE_BREAK = /[,;:.!?]|\s[—–]\s/;
/** "in", "within", "in the past", "in just", "inside of": a span things happened in. */
const WITHIN_BEFORE =
  /(?<!\b(?:put|puts|putting|clocked|logged|racked\s+up|chalked\s+up)\s)\b(?:in|within|inside(?:\s+of)?)\s+(?:(?:the|a|just|only|barely|under|less\s+than|little\s+more\s+than|fewer\s+than|past|last|space\s+of|span\s+of|mere)\s+)*$/i;
/** "in eight years of working together", "in seven years at the company", "in two years as CTO": time spent somewhere after all. */
const SPENT_AFTER =
  /^(?:\s+(?:years?|months?))?\s+(?:of|at|as|with|alongside|together|there|on|inside|working|in\s+(?:the|his|her|their)\s+(?:job|post|role))\b/i;

/** "was gone within five months", "quit in under two years": how long someone lasted before leaving is their time. */
const LEFT_BEFORE =
  /\b(?:gone|left|leaves|leaving|quit|quits|out|departed|departs|resigned|resigns|exited|walked|lasted|ousted|fired|sacked|pushed\s+out|stepped\s+down)\b[^,;:]*$/i;

const isSpan = (figure: PageFigure) => (figure.unit === 'years' || figure.unit === 'months') && !figure.isAge;

/**
 * The figure is a span of time the claim (a topic of one or two people) does not own: a span inside a
 * relative clause about someone else, or a span things happened within.
 */
export function spanOfAnother(
  claim: ContentClaim,
  text: string,
  figure: PageFigure,
  span: Span,
  names: NameHit[],
  isPerson: (entityId: string) => boolean,
): boolean {
  if (!isSpan(figure)) return false;
  const people = claim.entities.filter(isPerson);
  if (!people.length) return false;
  const before = text.slice(span.start, figure.start);
  if (
    WITHIN_BEFORE.test(before) &&
    !LEFT_BEFORE.test(before) &&
    !SPENT_AFTER.test(text.slice(figure.end, figure.end + 32))
  )
    return true;
  // The first name in the sentence that a relative clause hangs on, with no break between it and the figure.
  for (const name of names) {
    if (name.start < span.start || name.end > figure.start || !isPerson(name.entityId)) continue;
    const after = text.slice(name.end, figure.start);
    const relative = RELATIVE_AFTER_NAME.exec(after);
    if (!relative || CLAUSE_BREAK.test(after.slice(relative[0].length))) continue;
    return !people.includes(name.entityId);
  }
  return false;
}
