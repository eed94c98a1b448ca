/**
 * An organisation named as where someone goes ("would leave for Microsoft", "threatened to defect to
 * Google", "to join Microsoft", "followed him to Microsoft") is the complement of a verb of moving:
 * a count later in the sentence ("…and its organizers reported more than 700 signatures") is not
 * that organisation's. "its" there points back to the sentence's subject, not to the destination.
 */
const DESTINATION_BEFORE =
  /\b(?:(?:leave|leaves|leaving|left|quit|quits|quitting|defect|defects|defected|defecting|decamp|decamps|decamped|decamping|move|moves|moved|moving|head|heads|headed|heading|jump|jumps|jumped|jumping|go|goes|going|went|gone|flee|flees|fled|fleeing|follow|follows|followed|following|walk|walks|walked|walking|resign|resigned|bolt|bolted|exit|exited|switch|switched|march|marched)(?:\s+(?:him|her|them|Altman|out|over|off|en\s+masse|together|too|as\s+well))*\s+(?:for|to|over\s+to)|(?:join|joins|joined|joining|rejoin|rejoined))\s+$/i;

/** The text right before a name puts it as where someone goes, not who owns what follows. */
export function isDestination(before: string): boolean {
  return DESTINATION_BEFORE.test(before);
}

/**
 * What "its"/"their" owns after a destination: the letter or petition and the people behind it
 * ("its organizers", "their letter", "its signatures") belong to whoever threatens to go. Anything
 * else ("Sutskever left for Google, and its 800 staff", "leaving for Anthropic, and its headcount")
 * can only be the destination's: a person who goes owns no staff.
 */
const LETTER_POSSESSED =
  /^\s+(?:(?:open|joint|staff|protest)\s+)?(?:organi[sz]ers?|letters?|petitions?|signatures|signatories|signers|signees|ultimatum|statement|campaign|list|demands?)\b/i;

/** The words after "its"/"their" name the threat's letter or its organisers. */
export function possessesLetter(after: string): boolean {
  return LETTER_POSSESSED.test(after);
}
