import type { PageFigure } from '../figures/parseFigure.ts';
import type { Span } from '../text/splitSentences.ts';

/*
 * The size a new board starts with — "an initial board of three", "It will initially have three
 * members", "The rebuilt board started with three people", "The initial board installed on his return
 * was of three members", "A three-person board will oversee the search for up to nine", "one of 3
 * directors on the interim board", "The returning board was just three people", "a pared-down board of
 * three" — is a count no topic has: the board that fired Altman is another
 * board, the new one's newcomers are counted as new ("three new members", "two newcomers") and its
 * expansion by its ceiling ("up to nine"). Whoever reports a new board's size names the board, so the
 * words are those of any reporter, not of one story.
 */

/** What makes a board the new one, not the one that acted before. */
const NEW_BOARD =
  '(?:initial|new|newly[\\s-]formed|interim|rebuilt|reconstituted|revamped|overhauled|reshaped|remade|slimmed[\\s-]down|pared[\\s-](?:down|back)|smaller|reduced|shrunken|streamlined|replacement|incoming|transitional|provisional|temporary|stop[\\s-]?gap|caretaker|returning|restored|successor|reformed|restructured|refreshed|new[\\s-]look|post[\\s-]crisis)';
/** "an initial board of three", "a new board of just three". */
const NEW_BOARD_OF_BEFORE = new RegExp(
  `\\b${NEW_BOARD}\\s+(?:[\\p{L}-]+\\s+)?(?:board|body|panel)\\s+(?:of|with)\\s+(?:just\\s+|only\\s+)?$`,
  'iu',
);
/**
 * "The initial board installed on his return was of three members", "the new board, chaired by Taylor,
 * has three members" — unless the clause turns to the old board ("…replaced the old board, which had four").
 */
const NEW_BOARD_HAS_BEFORE = new RegExp(
  `\\b${NEW_BOARD}\\s+(?:board|body|panel)\\b(?:(?!\\b(?:old|previous|former|outgoing|original)\\b)[^;.:]){0,80}?\\b(?:was|is|will\\s+be|would\\s+be|has|have|had|will\\s+have|would\\s+have|comprises|comprised|consists\\s+of|consisted\\s+of|numbers|numbered|(?:was|is|will\\s+be)\\s+made\\s+up\\s+of)\\s+(?:of\\s+)?(?:just\\s+|only\\s+)?$`,
  'iu',
);
/** "It will initially have three members", "The rebuilt board started with three people". */
const STARTING_BEFORE =
  /\b(?:initially|at\s+first|at\s+the\s+outset|to\s+start(?:\s+with)?|to\s+begin\s+with|start(?:s|ed)?\s+(?:out\s+|off\s+)?with|beg[ia]ns?\s+with|launch(?:es|ed)?\s+with)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:just\s+|only\s+)?$/iu;
/** "three members at first", "three directors to begin with". */
const STARTING_AFTER =
  /^\s+(?:[\p{L}-]+\s+)?(?:at\s+first|initially|to\s+start(?:\s+with)?|to\s+begin\s+with|at\s+the\s+outset)\b/iu;
/** "one of 3 directors on the interim board", "the three members of the new board". */
const OF_NEW_BOARD_AFTER = new RegExp(
  `^\\s+(?:directors|members|people|seats|board\\s+members)\\s+(?:on|of|in|at)\\s+(?:the|its|OpenAI['’]s)\\s+${NEW_BOARD}\\s+board\\b`,
  'iu',
);
/** "the initial three directors", "its interim four members": the new board's word before its count. */
const NEW_BOARD_WORD_BEFORE = new RegExp(`\\b(?:the|its|an?|OpenAI['’]s)\\s+${NEW_BOARD}\\s+$`, 'iu');
/** "the three initial directors", "three interim board members" ("three new members" are newcomers: NEW_AFTER). */
const NEW_BOARD_WORD_AFTER = new RegExp(
  `^\\s+${NEW_BOARD}\\s+(?:directors|members|board\\s+members|trustees)\\b`,
  'iu',
);
/** "A three-person board", "the three-member panel". */
const BODY_COMPOUND_AFTER = /^-(?:person|member|man|seat|strong)\s+(?:[\p{L}-]+\s+)?(?:board|panel|body)\b/iu;
/** Words that say a board is to grow: beside a ceiling, a compound's size is where it starts. */
const GROWTH =
  /\b(?:up\s+to|as\s+many\s+as|no\s+more\s+than|at\s+most|expand\w*|grow\w*|grew|enlarg\w*|fuller|maximum|max)\b/i;
/** The count is of newcomers ("three new members", "two fresh faces", "two of them new"). */
const NEW_AFTER = /^\s+(?:(?:new|fresh|newly)\b|(?:[\p{L}-]+\s+)?(?:newcomers|are\s+new|were\s+new)\b)/iu;
/** The count is itself a ceiling ("grow to up to nine", "as many as nine"). */
const CEILING_BEFORE =
  /(?:\bup\s+to|\bas\s+many\s+as|\bno\s+more\s+than|\bat\s+most|\bmaximum\s+of|\bmax(?:imum)?\s*:?|\b(?:grow|expand|enlarge|increase|rise|swell)\w*\s+(?:it\s+)?to)\s+$/i;
/** Nouns a board's size is counted in. */
const BOARD_NOUNS = new Set(['directors', 'members', 'board members', 'people', 'seats', 'persons']);
/** How many characters past the count its trailing words are looked for. */
const AFTER_REACH = 60;

/** The count is the size a new board starts with, which no topic counts. */
export function isStartingBoardSize(text: string, span: Span, figure: PageFigure): boolean {
  const before = text.slice(span.start, figure.start);
  const after = text.slice(figure.end, Math.min(span.end, figure.end + AFTER_REACH));
  if (NEW_AFTER.test(after) || CEILING_BEFORE.test(before)) return false;
  if (NEW_BOARD_OF_BEFORE.test(before) || NEW_BOARD_HAS_BEFORE.test(before)) return true;
  if (OF_NEW_BOARD_AFTER.test(after)) return true;
  if (NEW_BOARD_WORD_AFTER.test(after)) return true;
  if (NEW_BOARD_WORD_BEFORE.test(before) && (figure.noun === undefined || BOARD_NOUNS.has(figure.noun)))
    return true;
  // "It will initially have three members": the starting words need the count to be of a board's members
  // ("signed by some 500 employees at first" counts others).
  const boardish =
    (figure.noun === undefined || BOARD_NOUNS.has(figure.noun)) &&
    /\b(?:board|directors|members|seats)\b/i.test(text.slice(span.start, span.end));
  if (boardish && (STARTING_BEFORE.test(before) || STARTING_AFTER.test(after))) return true;
  return BODY_COMPOUND_AFTER.test(after) && GROWTH.test(text.slice(span.start, span.end));
}
