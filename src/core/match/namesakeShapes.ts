import { startsSentence } from './usedAsName.ts';

/**
 * Where a first name alone is somebody the writer talks to or knows, not the story's person of
 * that name: the one addressed ("Not this week, Greg.", "Thanks, Sam.", "Sam, we got eleven
 * versions"), a caller or a letter-writer ("Greg in Fresno, you're on", "Sam in Tucson writes"),
 * the writer's own people and own name ("my roommate Sam", "My name is Sam too"), the writer signing
 * off or heading a comment ("… — Larry", "… — Sam, Phoenix", "Sam, 10, Ohio"),
 * a name its writer disowns ("Sam (the other one)"), and a shop named after its owner ("Sam's Taqueria").
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
/**
 * "Greg in Fresno, you're on", "Sam in Tucson writes", "Sam from Dayton here", a comment headed "Sam
 * from Boise": a caller, a letter-writer or a commenter, by the place (group 1; a name the story knows is no place: "Sam
 * from OpenAI").
 */
const CALLER =
  /^[\s\u00a0]+(?:in|from)[\s\u00a0]+([A-Z][a-z]+(?:[\s\u00a0]+[A-Z][a-z]+)?)(?:,|[\s\u00a0]*(?:\n|$)|[\s\u00a0]+(?:writes|wrote|asks|asked|emails|emailed|texts|texted|calls|called|here)\b)/;
/** "It didn't happen. — Larry", "-- Greg (lurker)": a dash after the last sentence signs the post off. */
const SIGN_OFF_DASH = /[.!?][\s\u00a0]+(?:--?|[\u2014\u2013~])[\s\u00a0]*$/;
/**
 * "…today?" — Sam, Phoenix' / '— Greg, Austin, Texas': a reader signs a question with a town (groups 1
 * and 2), where the story's person would sign with a title or a company ("— Sam, OpenAI"). A comment
 * headed "Sam, 10, Ohio" is signed the same way at the top of its line, an age before the town.
 */
const SIGN_OFF_BY_PLACE_BEFORE = /(?:--?|[\u2014\u2013~]|\n)[\s\u00a0]*$/;
const SIGN_OFF_BY_PLACE_AFTER =
  /^,[\s\u00a0]+(?:\d{1,3},[\s\u00a0]+)?([A-Z][a-z]+(?:[\s\u00a0]+[A-Z][a-z]+)?)(?:,[\s\u00a0]+([A-Z][a-z]+(?:[\s\u00a0]+[A-Z][a-z]+)?|[A-Z]{2}))?[\s\u00a0]*(?:\n|$)/;
/** Nothing after a signature but an aside, to the line's end. */
const SIGNATURE_END = /^[\s\u00a0]*(?:\([^()\n]*\))?[\s\u00a0]*(?:\n|$)/;
/** "Sam (the other one)", "Greg (no relation)", "Sam (not that one)": the writer says it is someone else. */
const DISOWNED =
  /^[\s\u00a0]*\([\s\u00a0]*(?:no,?[\s\u00a0]+)?(?:the other one|no relation|not that|not the one|unrelated)\b/i;
/** "Sam's Taqueria", "Greg's Auto Body": a shop or a business named after its owner. */
const OWNERS_SHOP =
  /^['\u2019]s[\s\u00a0]+(?:[A-Z][a-z]+[\s\u00a0]+)?(?:Taqueria|Cantina|Diner|Deli|Cafe|Café|Coffee|Bakery|Bagels?|Donuts|Pizza|Pizzeria|Grill|Bar|Pub|Tavern|Kitchen|Bistro|Restaurant|Burgers?|Tacos|BBQ|Garage|Auto|Hardware|Market|Grocery|Shop|Store|Barbershop|Salon|Laundromat|Cleaners|Books|Gym|Plumbing|Landscaping|Hot Dogs)\b/;
/** "My name is Sam too!", "my name's Greg": the writer's own name. */
const OWN_NAME = /\bmy[\s\u00a0]+name(?:[\s\u00a0]+is|['\u2019]s)[\s\u00a0]+$/i;
/** "my roommate Sam", "our producer Tom": the writer's or the reader's own people. */
const OWN_PERSON =
  /\b(?:my|our|your)[\s\u00a0]+(?:\w+[\s\u00a0]+)?(?:roommate|flatmate|friend|buddy|pal|brother|sister|son|daughter|cousin|uncle|aunt|dad|father|mom|mum|mother|husband|wife|partner|boyfriend|girlfriend|neighbou?r|colleague|co-?worker|classmate|teacher|producer|co-?host|host|editor|landlord|kid|nephew|niece|grandson|grandfather|dog|cat)[\s\u00a0]+$/i;

/** `known` says whether a word is a name of the dataset's. */
export function namesSomeoneElse(
  text: string,
  start: number,
  end: number,
  known: (word: string) => boolean,
): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 60);
  if (SHORT_TURN.test(before) && ADDRESSED_AT_END.test(after)) return true;
  if (OWN_PERSON.test(before) || OWN_NAME.test(before)) return true;
  if (DISOWNED.test(after) || OWNERS_SHOP.test(after)) return true;
  if (SIGN_OFF_DASH.test(before) && SIGNATURE_END.test(after)) return true;
  // `before` is the whole text before the name when the name is within its first 40 characters.
  const signs = SIGN_OFF_BY_PLACE_BEFORE.test(before) || (start <= 40 && !/\S/.test(before));
  const place = signs ? SIGN_OFF_BY_PLACE_AFTER.exec(after) : null;
  if (place && !known(place[1]!) && !(place[2] && known(place[2]))) return true;
  if (!startsSentence(text, start)) return false;
  const caller = CALLER.exec(after);
  return ADDRESSED_AT_START.test(after) || (!!caller && !known(caller[1]!));
}
