import type { Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';

/*
 * The line under a quote card, a pull quote or a post that says whose words they are: a dash
 * signature ("— Greg Brockman (@gdb), Nov 17", "– Ilya Sutskever, on X") or a labelled one, as
 * key-quote lists, factboxes and "in their own words" rails print it: "Who: Greg Brockman,
 * co-founder", "Said by: Mira Murati", "Speaker: Sam Altman", "Source: Ilya Sutskever, on X",
 * "Attributed to Helen Toner", "Quote by: Satya Nadella", "From: Greg Brockman", "WHO SAID IT — Sam
 * Altman", "Posted by Greg Brockman", "Author: Mira Murati". A byline's bare "By Name" is no label
 * (it heads a story, under a headline that may quote anyone); "By: Name" is. A labelled line
 * must open on the person (after an optional "the" or "Many"): "Source: Reuters, citing Altman"
 * names its outlet, not the speaker, and gives none.
 */
const DASH = /^\s*[—–―-]/u;
const LABEL =
  /^\s*(?:Who(?:\s+said\s+it)?|Said\s+by|Speaker|Source|Attributed\s+to|Attribution|Quoted?(?:\s+(?:by|from))?|From|By|Voice|Author|Person|Posted\s+by)\s*(?::|[—–](?=\s)|(?<=(?:attributed\s+to|posted\s+by|said\s+by|quoted?\s+by))\s)\s*/iu;

/** The person a line under a block signs that block's words with, if it is such a line. */
export function attributedPerson(
  matcher: Matcher,
  line: { text: string; names: NameHit[] },
): string | undefined {
  const isPerson = (n: NameHit) => matcher.entities.get(n.entityId)?.kind === 'person';
  if (DASH.test(line.text)) return line.names.find(isPerson)?.entityId;
  const label = LABEL.exec(line.text);
  if (!label) return undefined;
  const first = line.names[0];
  return first && isPerson(first) && first.start === label[0].length ? first.entityId : undefined;
}
