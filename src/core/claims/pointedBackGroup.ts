/*
 * "N of them": the pronoun stands for the group the text named last, and the count counts that
 * group's members. "OpenAI began with a founding team of 11. Only two of them remain" counts
 * founders; "a charity whose directors answer to its mission, and it took only four of them to
 * remove him" counts directors; "The board met on Friday. Four of those present voted" counts
 * members of the board.
 *
 * The group is read from the words just before the count (its own sentence first, then the one
 * before it, in the same block), as the nearest noun of a group the claims count, in any of the
 * words news uses for it. What it returns is the group's noun as detectFigureClaims' noun groups
 * spell it, so the count is treated as if the noun followed it ("two founders").
 */

import { foundingTeamsIn } from './foundingAct.ts';

/** "of them", "of those", "of these" right after the count ("of those present", "of them, in the end"). */
const OF_PRONOUN_AFTER = /^\s+of\s+(?:them|those|these)\b/i;

/** How far back the group may be named: its own sentence and the one before. */
const REACH = 300;

/**
 * The words for each group; the last one named is the one pointed at. The board (directors,
 * trustees, governors, board members, "the board" itself),
 * the founders (co-founders, founding team/group/members, original team), the letter's signers
 * (signatories, signers, signees). Not the staff: "seven of them" after the staff is some of it, and
 * the leavers, the hires and the signers are all some of the staff, so the staff names no topic.
 */
const GROUP_WORDS: Array<[RegExp, string]> = [
  [/\b(?:directors|trustees|governors|board\s+members|the\s+(?:\p{L}+\s+)?board)\b/giu, 'directors'],
  [
    /\b(?:founders|co-founders|cofounders|founding\s+(?:team|group|members|cohort)|original\s+(?:team|founders))\b/giu,
    'founders',
  ],
  [/\b(?:signatories|signers|signees|co-signers)\b/giu, 'signatories'],
  // Named last, the staff is the group pointed at, but it names no topic: the count keeps its own words.
  [/\b(?:employees|staffers|staff|workers|workforce|researchers|engineers|people)\b/giu, ''],
];

/**
 * An aside about the group, from its comma to the group word: "a founding team of 11, many of them
 * former Google engineers": the engineers describe the founders and are not what "them" points back at.
 */
const IN_ASIDE_BEFORE = /,[^,.;:!?]*\b(?:of\s+(?:them|whom)|mostly|all|each)\b[^,.;:!?]*$/i;
/**
 * "the co-founders of three start-ups": the plural after "of" is named last, and "two of them" may
 * count it as well as the group; the pronoun points at neither for sure.
 */
const OF_OTHER_PLURAL_AFTER = /^\s+of\s+(?:[\p{L}\d'’-]+\s+){0,2}?\p{Ll}[\p{L}-]*s\b/u;

/** A sentence's end: the group must be in the count's sentence or the one before. */
const SENTENCE_END = /[.!?]["'’”)]*\s+(?=\S)/g;

/** The noun of the group "N of them" stands for, or undefined when the count points back at none. */
export function pointedBackGroup(text: string, start: number, end: number): string | undefined {
  if (!OF_PRONOUN_AFTER.test(text.slice(end, end + 16))) return undefined;
  let window = text.slice(Math.max(0, start - REACH), start);
  // Keep the count's own sentence and the one before it.
  const ends = [...window.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  if (ends.length >= 2) window = window.slice(ends.at(-2));
  // A sized team named as the founder ("started by an 11-person team"): foundingAct.ts reads it, one source for both.
  let best: { at: number; noun: string } | undefined = foundingTeamsIn(window)
    .map((at) => ({ at, noun: 'founders' }))
    .at(-1);
  for (const [pattern, noun] of GROUP_WORDS) {
    for (const m of window.matchAll(pattern)) {
      if (IN_ASIDE_BEFORE.test(window.slice(Math.max(0, m.index - 80), m.index))) continue;
      // Named last, the other plural is the group pointed at as likely: it names no topic.
      const own = OF_OTHER_PLURAL_AFTER.test(window.slice(m.index + m[0].length, m.index + m[0].length + 60))
        ? ''
        : noun;
      if (!best || m.index > best.at) best = { at: m.index, noun: own };
    }
  }
  return best?.noun || undefined;
}
