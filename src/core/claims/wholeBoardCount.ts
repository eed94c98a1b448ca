/**
 * A board's size stated as its make-up ("a six-member board", "the six-person board", "the board had six
 * members", "a board of six") may be the board that acted or the whole board, the ousted included; only
 * the sentence tells. It is the whole when the sentence takes a part of it ("four members of the six-person
 * board"), and it is a wording, not a count, when the sentence talks about how coverage put it ("our
 * coverage has referred both to a six-member board and to a board of four", a quoted '"Six-member board"').
 */

/** "four members of the", "two directors out of a", "three of OpenAI's": a part taken of what follows. */
const PART_OF_BEFORE =
  /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\p{L}-]+\s+)?(?:of|out\s+of|from)\s+(?:the|its|a|an|that|this|(?:OpenAI|the\s+company|the\s+board)['’]s)\s+$/iu;

/** "referred to a", "spoke of the", "called it a", "and to a": the words of coverage, talked about. */
const WORDING_BEFORE =
  /\b(?:referred|refers|referring|refer|alluded|alludes)\s+(?:both\s+|also\s+|variously\s+|repeatedly\s+)?to\b[^.;!?]*?\b(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:(?:board|panel)\s+(?:of|with)\s+)?$|\b(?:spoke|speaks|wrote|writes|written)\s+of\s+(?:an?|the)\s+$|\bcalled\s+it\s+(?:an?|the)\s+$/iu;

/** An opening quotation mark just before the phrase: '"Six-member board".' is a wording quoted. */
const QUOTED_OPENING = /^\W*["“‘]\s*$/u;

/**
 * Is the count the whole board given as its composition, or the coverage's wording of one? `composition`
 * says the words around the count are a make-up form.
 */
export function isWholeBoardComposition(before: string, composition: boolean): boolean {
  if (!composition) return false;
  return PART_OF_BEFORE.test(before) || WORDING_BEFORE.test(before) || QUOTED_OPENING.test(before);
}
