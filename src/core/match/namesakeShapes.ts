import { startsSentence } from './usedAsName.ts';

/**
 * Where a first name alone is somebody the writer talks to or knows, not the story's person of
 * that name: the one addressed ("Not this week, Greg.", "Thanks, Sam.", "Sam, we got eleven
 * versions"), a caller or a letter-writer ("Greg in Fresno, you're on", "Sam in Tucson writes"),
 * and the writer's own people ("my roommate Sam", "our producer Tom").
 */

/**
 * "Not this week, Greg." / "Thanks, Sam!": a name after a comma that ends a short turn (a greeting,
 * thanks, a reply) is someone in the exchange. A longer line that ends on a name ("You can't undo a
 * coup, Ilya!") is commentary that turns to the story's person, who is not there.
 */
const ADDRESSED_AT_END = /^[.!?]/;
const SHORT_TURN =
  /(?:^|[.!?:\n\u2014"\u201c])[\s\u00a0]*(?:[^\s.!?:\n\u2014"\u201c]+[\s\u00a0]+){0,3}[^\s.!?:\n\u2014"\u201c]+,[\s\u00a0]*$/;
/** "Sam, we got…", "Greg, you're…": a name a first- or second-person clause follows is spoken to. */
const ADDRESSED_AT_START = /^,[\s\u00a0]+(?:we|you|i|let's|thanks|thank you|please)\b/i;
/** "Greg in Fresno, you're on", "Sam in Tucson writes": a caller or a letter-writer, by the place. */
const CALLER =
  /^[\s\u00a0]+(?:in|from)[\s\u00a0]+[A-Z][a-z]+(?:[\s\u00a0]+[A-Z][a-z]+)?(?:,|[\s\u00a0]+(?:writes|wrote|asks|asked|emails|emailed|texts|texted|calls|called)\b)/;
/** "my roommate Sam", "our producer Tom": the writer's or the reader's own people. */
const OWN_PERSON =
  /\b(?:my|our|your)[\s\u00a0]+(?:\w+[\s\u00a0]+)?(?:roommate|flatmate|friend|buddy|pal|brother|sister|son|daughter|cousin|uncle|aunt|dad|father|mom|mum|mother|husband|wife|partner|boyfriend|girlfriend|neighbou?r|colleague|co-?worker|classmate|teacher|producer|co-?host|host|editor|landlord|kid|nephew|niece|grandson|grandfather|dog|cat)[\s\u00a0]+$/i;

export function namesSomeoneElse(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  if (SHORT_TURN.test(before) && ADDRESSED_AT_END.test(after)) return true;
  if (OWN_PERSON.test(before)) return true;
  if (!startsSentence(text, start)) return false;
  return ADDRESSED_AT_START.test(after) || CALLER.test(after);
}
