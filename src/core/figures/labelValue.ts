import { PEOPLE_NOUNS } from './peopleNouns.ts';

/**
 * "Directors who voted him out: four", "Founders still there: two": a number word that is a label's
 * whole value counts what the label names — when the label names people or seats. A fact box sets
 * several "Label: value." lines in one block ("Age: 37. Children: two. Directors who left: four."),
 * so the pair is one sentence or line of it: from the block's start or a sentence's end to the next.
 * "Children: two", "Years at OpenAI: eight" name no group; "ALTMAN: Four." is a transcript's speaker
 * tag and its answer: a count only when its question asks how many people.
 */
const LABEL_VALUE_REACH = 110;
const LABEL_AT_START = /(?:^|[.!?;]\s+|\n\s*)([^.!?:;\n]{2,100}):\s*$/;
const LABEL_MIDBLOCK = /(?:[.!?;]\s+|\n\s*)([^.!?:;\n]{2,100}):\s*$/;
/** The value ends its line, maybe with a note in brackets or the whole it is a part of ("four, out of a six-member board"). */
const VALUE_ENDS =
  /^\s*(?:\([^)]{0,40}\)\s*|,?\s+(?:out\s+of|of)\s+(?:a|an|the|its)\s+[^.!?:;()\n]{1,40})?(?:\.?\s*$|[.;]\s+(?=\S)|\.?\s*\n)/;
/** The label names a group: people, or a board's seats ("Seats on the new board: three"). */
const GROUP_LABEL = new RegExp(`\\b(?:${PEOPLE_NOUNS}|seats|board)\\b`, 'i');
/** "Board seats held: one": seats someone holds are that person's, not the board's size. */
const HELD_BY_ONE = /\bseats?\s+(?:(?:he|she)\s+)?(?:held|holds)\b/i;
/** A speaker's name set in capitals: "ALTMAN", "Q", "MS. LEE". */
const SPEAKER_TAG = /^\s*(?:\p{Lu}{1,4}\.\s+)?\p{Lu}[\p{Lu}'’.-]*\s*$/u;
/**
 * "How many directors voted? RUTH: Four.": the question before a speaker's answer asks for a group's
 * count ("how many board members", not "how many calls did the directors make").
 */
const QUESTION_REACH = 160;
const HOW_MANY_PEOPLE = new RegExp(
  `\\bhow\\s+many\\s+(?:(?!(?:did|do|does|have|has|had|were|was|are|is|will|would|times|calls)\\s)[\\p{L}'’-]+\\s+){0,2}?(?:${PEOPLE_NOUNS}|seats)\\b[^.!?]*\\?\\s*(?:\\p{Lu}{1,4}\\.\\s*)?$`,
  'iu',
);

export function labelValueAt(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - LABEL_VALUE_REACH);
  const label = (from === 0 ? LABEL_AT_START : LABEL_MIDBLOCK).exec(text.slice(from, start));
  if (!label || !VALUE_ENDS.test(text.slice(end, end + 50))) return false;
  const words = label[1]!;
  if (SPEAKER_TAG.test(words)) {
    // A block that opens with the tag answers a question in the block before, which is out of sight
    // here: it stays a count as it always was. Inside a block, its question must ask for a group.
    if (from === 0 && label.index === 0) return true;
    const at = from + label.index + label[0].indexOf(words);
    return HOW_MANY_PEOPLE.test(text.slice(Math.max(0, at - QUESTION_REACH), at));
  }
  return GROUP_LABEL.test(words) && !HELD_BY_ONE.test(words);
}
