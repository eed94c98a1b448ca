import type { PageFigure } from '../figures/parseFigure.ts';
import type { Span } from '../text/splitSentences.ts';
import { decidedByBefore } from './decisionAgent.ts';

/*
 * Which group does a count count? The noun phrase around the number says it, whatever story the page
 * tells: its modifiers set the group apart from a whole ("two other members", "three more directors"),
 * the body it sizes is a stopgap ("a starter board of three", "a three-member caretaker board"), the size
 * is provisional ("a board of three, for now"), the people hold one post in turn ("three people in the
 * top job in three days"), the group leaves ("Three directors are departing") or its mandate lies ahead
 * ("The three directors' main job will be to vet…", "the three-person board is tasked with…", "is meant
 * to be a bridge"). Such a group is not a whole group that acted once in the past: a topic that is such
 * a group's size does not take the count.
 */

/** How far past the count its noun phrase and predicate are read. */
const REACH = 90;

/** The head of the phrase: the count's noun with up to two words before it ("two other board members"). */
const HEAD = String.raw`(?:[\p{L}-]+\s+){0,2}?(?:directors|members|people|persons|trustees|seats|figures|men|women)`;

/** "two other members", "three more directors", "two additional seats": a group defined against another. */
const SET_APART_AFTER =
  /^\s+(?:other|more|additional|further|extra)\s+(?:[\p{L}-]+\s+)?(?:directors|members|people|persons|trustees|seats|board\s+members)\b/iu;

/** A body meant not to last: a starter, stopgap, caretaker or skeleton board. */
const STOPGAP = String.raw`(?:starter|stopgap|stop-gap|caretaker|skeleton|temporary|provisional|placeholder|transitional|bridging|holding|rump)`;
/** "a starter board of three", "a caretaker board with three members". */
const STOPGAP_OF_BEFORE = new RegExp(
  String.raw`\b${STOPGAP}\s+(?:board|body|panel|committee)\s+(?:of|with)\s+(?:just\s+|only\s+)?$`,
  'iu',
);
/** "a three-member stopgap board", "three caretaker directors". */
const STOPGAP_AFTER = new RegExp(
  String.raw`^(?:-(?:person|member|man|seat|strong))?\s+${STOPGAP}\s+(?:board|body|panel|committee|directors|members|trustees)\b`,
  'iu',
);

/** "a board of three, for now", "three directors for the time being": a size that is to change. */
const PROVISIONAL_AFTER = new RegExp(
  String.raw`^(?:-(?:person|member|man|seat|strong)\s+(?:board|body|panel))?(?:\s+${HEAD})?,?\s+(?:for\s+now|for\s+the\s+(?:moment|time\s+being|present)|as\s+things\s+stand)(?=\s*(?:[,.;:)—–]|$))`,
  'iu',
);

/** "three people in the top job", "four men at the helm", "three people as chief executive": holders of one post in turn. */
const POST_HOLDERS_AFTER =
  /^\s+(?:different\s+)?(?:people|persons|men|women|leaders|bosses)\s+(?:in|at|as|into)\s+(?:the\s+)?(?:top\s+|same\s+|corner\s+|hot\s+)?(?:job|post|role|chair|seat|office|helm|top|ceo|chief\s+executive)\b/iu;

/** After the phrase, its predicate: the group leaves, or its work lies ahead. */
const GROUP_THEN = String.raw`^(?:-(?:person|member|man|seat|strong)\s+(?:board|body|panel))?(?:\s+${HEAD})?(?:['’]s?)?\s+`;
/** "Three directors are departing", "two members will step down", "three trustees lost their seats". */
const LEAVING_AFTER = new RegExp(
  `${GROUP_THEN}(?:(?:are|were|will\\s+be|is)\\s+(?:departing|leaving|stepping\\s+down|exiting|going|quitting|out)\\b|(?:will|would|are\\s+to|were\\s+to)\\s+(?:leave|depart|step\\s+down|exit|quit|go)\\b|(?:lost|lose|gave\\s+up|give\\s+up|vacated|vacate)\\s+their\\s+seats\\b|(?:were|are|will\\s+be)\\s+(?:pushed|forced|voted|eased|shown)\\s+(?:out|off)\\b)`,
  'iu',
);
/** "The three directors' main job will be to vet…", "the board is tasked with", "is meant to be a bridge". */
const MANDATE_AFTER = new RegExp(
  `${GROUP_THEN}(?:(?:(?:main|first|chief|primary|key|only|central|immediate)\\s+)?(?:job|task|mandate|remit|brief|assignment|priority)\\s+(?:will\\s+be|is|would\\s+be)\\s+to\\b|(?:is|are|will\\s+be|has\\s+been|have\\s+been)\\s+(?:tasked|charged|mandated|entrusted)\\s+(?:with|to)\\b|(?:is|are)\\s+(?:(?:meant|intended|designed|supposed)\\s+(?:to\\s+be|as)\\s+)?an?\\s+(?:bridge|stopgap|stop-gap|placeholder|holding\\s+operation|caretaker|transition)\\b)`,
  'iu',
);

/** The determiner of the counted phrase, the group's own ("the board's four other directors"). */
const DETERMINER_BEFORE = /(?:\b(?:the|its|their)\s+)?(?:(?:board|company|OpenAI|firm)['’]s\s+)?$/iu;

/** The count counts a group set apart, provisional, holding a post in turn, leaving, or with its work ahead. */
export function countsAnotherGroup(text: string, span: Span, figure: PageFigure): boolean {
  const before = text.slice(span.start, figure.start);
  const after = text.slice(figure.end, Math.min(span.end, figure.end + REACH));
  // "The decision was taken by the board's four other directors": those who decided, whatever sets them apart.
  if (decidedByBefore(before.replace(DETERMINER_BEFORE, ''))) return false;
  if (SET_APART_AFTER.test(after) && !/^\s+more\s+than\b/i.test(after)) return true;
  if (STOPGAP_OF_BEFORE.test(before) || STOPGAP_AFTER.test(after)) return true;
  if (PROVISIONAL_AFTER.test(after) || POST_HOLDERS_AFTER.test(after)) return true;
  return LEAVING_AFTER.test(after) || MANDATE_AFTER.test(after);
}
