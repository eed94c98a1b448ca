import { parseNumberWords } from '../figures/parseNumberWords.ts';

/**
 * A board's size stated as its make-up ("a six-member board", "the six-person board", "the board had six
 * members", "a board of six") may be the board that acted or the whole board, the ousted included; only
 * the sentence tells. It is the whole when the sentence takes a part of it ("four members of the six-person
 * board"), and it is a wording, not a count, when the sentence talks about how coverage put it ("our
 * coverage has referred both to a six-member board and to a board of four", a quoted '"Six-member board"').
 */

/**
 * "four members of the", "two directors out of a", "four, out of a", "three of OpenAI's": a part taken of what follows. The
 * part's number is captured: a part as large as the whole ("all four members of the four-member board") is
 * the whole acting, and "all" before it says the same.
 */
const PART_OF_BEFORE =
  /(\ball\s+)?\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)(?:,\s*|\s+(?:[\p{L}-]+\s+)?)(?:of|out\s+of|from)\s+(?:the|its|a|an|that|this|(?:OpenAI|the\s+company|the\s+board)['’]s)\s+$/iu;

/**
 * Coverage as the one who speaks: "we", "our coverage", "this article", "reports", "headlines", "outlets".
 * Anyone else's "referred to a board of four" (Altman's, Nadella's, a columnist's) is reported speech about
 * the acting board, not coverage talking about its own wording.
 */
const COVERAGE_SUBJECT = String.raw`\b(?:we|our\s+(?:coverage|reporting|stories|story|articles?|reporters?|headlines?)|this\s+(?:article|story|report|piece|site|newspaper|paper)|(?:news\s+)?(?:reports|headlines|stories|outlets|articles)|(?:the\s+)?(?:coverage|press|media))\s+(?:(?:have|has|had|had\s+been|have\s+been|has\s+been|were|was)\s+)?(?:variously\s+|both\s+|also\s+|repeatedly\s+|sometimes\s+)?`;

/** "we referred to a", "reports spoke of the", "headlines called it a": the words of coverage, talked about. */
const WORDING_BEFORE = new RegExp(
  COVERAGE_SUBJECT +
    String.raw`(?:(?:referred|refers|referring|refer|alluded|alludes)\s+(?:both\s+|also\s+|variously\s+|repeatedly\s+)?to\b[^.;!?]*?\b(?:an?|the)\s+(?:[\p{L}-]+\s+)?(?:(?:board|panel)\s+(?:of|with)\s+)?$|(?:spoke|speak|speaks|wrote|write|writes|written)\s+of\s+(?:an?|the)\s+$|(?:called|call|calls)\s+it\s+(?:an?|the)\s+$)`,
  'iu',
);

/** An opening quotation mark just before the phrase: '"Six-member board".' is a wording quoted. */
const QUOTED_OPENING = /^\W*["“‘]\s*$/u;

/**
 * Is the part taken a smaller part of the make-up, one that acted ("four members of the six-person board
 * voted", "removed by three directors out of the seven-strong board")? A part as large as the whole, or
 * "all" of it, is the whole acting; a part with no act ("Three of the four-member board's directors had no
 * stake") says nothing against the make-up being the acting board.
 */
function smallerActingPart(before: string, count: number, acts: boolean): boolean {
  const part = PART_OF_BEFORE.exec(before);
  if (!part || part[1] || !acts) return false;
  const size = /^\d+$/.test(part[2]!) ? Number(part[2]) : parseNumberWords(part[2]!);
  return size !== undefined && size < count;
}

/**
 * Is the count the whole board given as its composition, or the coverage's wording of one? `composition`
 * says the words around the count are a make-up form; `count` is its value; `acts` says the sentence tells a
 * removal act.
 */
export function isWholeBoardComposition(
  before: string,
  composition: boolean,
  count: number,
  acts: boolean,
): boolean {
  if (!composition) return false;
  return (
    smallerActingPart(before, count, acts) ||
    // Read on the clause's last words only: the lazy scan from each coverage word is costly on a long sentence.
    WORDING_BEFORE.test(before.slice(-200)) ||
    QUOTED_OPENING.test(before)
  );
}
