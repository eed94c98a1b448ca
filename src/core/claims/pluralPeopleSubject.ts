/*
 * Years told of a plural subject of people are the years they shared: "The two men had collaborated
 * closely at OpenAI for eight years", "Both founders had worked side by side for a decade", "The pair
 * spent seven years together", "The duo built the lab over six years". A singular subject ("He had been
 * there for eight years", "The chief scientist…") keeps them one person's.
 */

/** Nouns of people a plural subject counts ("the two men", "both founders", "the pair"). */
const PEOPLE =
  '(?:men|women|founders|co-?founders|executives|colleagues|friends|partners|allies|rivals|leaders|scientists|directors|entrepreneurs|technologists)';
/** The subject opening the sentence, then a verb: only the clause's own subject counts. */
const SHARED_SUBJECT = new RegExp(
  String.raw`^\W*(?:(?:and|but|so|yet)\s+)?(?:the\s+(?:two|pair|duo)(?:\s+${PEOPLE})?|both(?:\s+(?:of\s+them|${PEOPLE}|the\s+${PEOPLE}))?|the\s+(?:two|pair)\s+of\s+them|they\s+(?:both|two))\b(?!['’]s)[^,;:]*$`,
  'i',
);

/** `before` (the figure's sentence up to it) opens with a plural subject of people. */
export const sharedBySubject = (before: string) => SHARED_SUBJECT.test(before);
