import type { PageFigure } from '../figures/parseFigure.ts';
import type { Span } from '../text/splitSentences.ts';
import { isStartingBoardSize } from './startingBoardSize.ts';
import { isWholeBoardComposition } from './wholeBoardCount.ts';
import { returnStatedBefore } from './boardAfterReturn.ts';
import { choseRemovalAfter, decidedByBefore } from './decisionAgent.ts';
import { countedRole } from './countedAgent.ts';

/*
 * Which board does a count of directors belong to? A story about a board's decision speaks of several
 * boards, and reporters give each one a number: the part of the board that acted ("Four of six
 * directors voted", "outvoted by the four others", "what let four people remove him"), the full board
 * before the act ("a six-member board", "the board had six members, two of whom were Altman and
 * Brockman", "four of six"), the board after it ("the board shrank to three", "the three directors
 * have a bigger job ahead"), a board in general or in a hypothesis ("with a board of nine you can…",
 * "a board of nine at a listed company"), the people who held one post in turn ("three people running
 * OpenAI in three days"), those who were left ("Directors remaining: one"), a description the sentence
 * corrects ("described all three as new, only two were") and the newcomers among a new board ("the
 * other two are new", "two of three seats going to outsiders"). The words are those of any reporter about any board, not of one page.
 */

/** The board a count is of. */
export type BoardOfCount =
  /** The part of the board that acted: those who decided. */
  | 'acted'
  /** The full board before the act, the ousted included. */
  | 'before'
  /** The board after the act: shrunk, rebuilt, with its work ahead. */
  | 'after'
  /** A board in general, or one in a hypothesis. */
  | 'generic'
  /** People who held one post in turn, not directors. */
  | 'leaders'
  /** Those left over, not those who acted. */
  | 'remainder'
  /** A count the sentence itself corrects. */
  | 'corrected'
  /** The newcomers among a new board. */
  | 'newcomers'
  /** The size a board may grow to, said of "a larger one". */
  | 'ceiling'
  /** People the act was done to ("the board removed two directors"), not those who did it. */
  | 'actedOn'
  /** The board of an organisation of another kind ("the four trustees of the charity"). */
  | 'other';

/** What a board topic counts: the board that acted, the newcomers, or the ceiling it may grow to. */
export type BoardTopic = 'acted' | 'newcomers' | 'ceiling';

/** Number words a board is counted in (digits are read too). */
const COUNT = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** Nouns that count a board's people or places. */
const BOARD_NOUN = String.raw`(?:directors|members|board\s+members|people|persons|individuals|trustees|seats|others|votes)`;
/** How far past the count its phrase and predicate are read. */
const REACH = 120;

/** A removal or the decision that made it ("threw him out" too): what only the acting board did. */
const REMOVAL_ACT =
  /\b(?:remov(?:e|ed|es|ing|al)|fir(?:e|ed|es|ing)|oust(?:s|ed|ing|er)?|decision|dismissal|sack(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|depos(?:e|ed|es|ing)|toppl(?:e|ed|es|ing)|push(?:ed|es|ing)?\s+(?:him\s+|Altman\s+)?out|forc(?:e|ed|es|ing)\s+(?:him\s+|Altman\s+)?out|(?:thr(?:ew|ow|ows|owing)|kick(?:s|ed|ing)?|boot(?:s|ed|ing)?)\s+(?:him\s+|Altman\s+)?out|vot(?:e|ed|es|ing)|decid(?:e|ed|es|ing)|made\s+(?:the|that|this)\s+(?:call|decision)|t(?:ook|ake|akes)\s+(?:the|that|this)\s+(?:decision|step|vote)|outvot(?:e|ed|es|ing)|ax(?:e|ed|es|ing)|got\s+rid\s+of|acted|carried\s+(?:it|the\s+vote))\b/i;

/** "Four of six directors", "4 of 6 seats", "four of the six": the count is a part of a counted whole. */
const PART_OF_COUNT_AFTER = new RegExp(
  String.raw`^\s+(?:of|out\s+of)\s+(?:the\s+|its\s+|a\s+board\s+of\s+|(?:the\s+board|the\s+company|OpenAI)['’]s\s+)?(?:original\s+)?${COUNT}\b(?:\s+(?:[\p{L}-]+\s+)?${BOARD_NOUN})?`,
  'iu',
);
/** The whole of such a part: "four of six", "4 of 6 seats", "a majority of six", "Of a board of 6", "Of the six people who sat on". */
const WHOLE_OF_PART_BEFORE = new RegExp(
  String.raw`(?:\b(?!one\b|1\b)${COUNT}\s+(?:[\p{L}-]+\s+)?(?:of|out\s+of)\s+(?:the\s+|its\s+|a\s+board\s+of\s+|(?:the\s+board|the\s+company|OpenAI)['’]s\s+)?|\bmajority\s+of\s+(?:the\s+|its\s+)?|^\W*(?:of|out\s+of)\s+(?:the|its|a|that|OpenAI['’]s)\s+(?:board\s+of\s+)?)$`,
  'iu',
);
/**
 * A vote or decision is the act only when it is a removal ("voted to remove him", "decided to fire
 * Altman", "voted him out") or closes its clause ("four of six voted"); "voted to accept Musk's offer" is
 * another matter.
 */
const VOTE_ON_REMOVAL = String.raw`\w*(?:\s+(?:unanimously|together|jointly|narrowly|quickly|secretly|instead))?(?:\s+(?:to|for|on)\s+(?:the\s+)?(?:remov|fir|oust|sack|dismiss|depos|toppl|replac|push|forc|expel|\w*\s+(?:removal|ouster|firing|dismissal))|\s+(?:him|Altman|their\s+CEO|the\s+CEO)\s+out|\s+(?:in\s+favou?r|against\s+(?:him|Altman))|\s*(?:[.;,—–)]|$))`;
/** After a counted part: its act, past an aside or a dash list of names ("four of them — A, B, C and D — voted"). */
const ACT_OF_COUNT_AFTER = new RegExp(
  String.raw`^(?:\s*[—–(,][^—–()]{0,160}[—–),])?\s+(?:(?:had|have|then|all|jointly|together|in\s+the\s+end|eventually|finally|simply|just)\s+)*(?:remov|fir|oust|sack|dismiss|depos|toppl|push|forc|(?:vot|decid)${VOTE_ON_REMOVAL}|made\s+(?:the|that|this)|took\s+(?:the|that|this)|outvot|ax|(?:backed|supported|favou?red|approved|endorsed)\s+(?:his|the|Altman['’]s)\s+(?:removal|ouster|firing|dismissal|sacking|exit))`,
  'i',
);
/** "The vote was carried by four of the six", "ousted by four of his fellow directors": the part as the act's agent. */
const AGENT_OF_ACT_BEFORE =
  /\b(?:carried|taken|made|decided|pushed\s+through|approved|ousted|removed|fired|sacked|dismissed|forced\s+out|pushed\s+out|voted\s+out|toppled)\s+by\s+(?:just\s+|only\s+|a\s+mere\s+)?$/i;
/** "four of his fellow directors", "four of their colleagues on the board": a part of the board named by its members. */
const OF_FELLOW_MEMBERS_AFTER =
  /^\s+of\s+(?:his|her|their|its|the)\s+(?:[\p{L}-]+\s+)?(?:directors|members|board\s+members|colleagues|trustees)\b/iu;
/** "outvoted by the four others", "were outvoted by four directors": the agent of the outvoting. */
const OUTVOTED_BY_BEFORE =
  /\b(?:outvot(?:ed|e)|overruled|outnumbered|voted\s+down|defeated)\s+(?:[\p{L}'’,-]+\s+){0,4}?by\s+(?:the\s+|their\s+|its\s+)?(?:other\s+|remaining\s+)?$/iu;
/** "what let four people remove him", "It was four people who removed him", "all it took was four directors". */
const CLEFT_BEFORE =
  /\b(?:(?:what|which|that)\s+(?:let|lets|allowed|allows|enabled|enables|permitted|empowered)|it\s+(?:was|is)|all\s+it\s+took\s+(?:was|were))\s+(?:just\s+|only\s+|a\s+mere\s+)?$/i;
const CLEFT_AFTER = new RegExp(
  String.raw`^\s+(?:[\p{L}-]+\s+)?${BOARD_NOUN}?\s*(?:(?:who|that)\s+)?(?:to\s+)?(?:remov|fir|oust|sack|dismiss|depos|toppl|push|forc|vot|decid)`,
  'iu',
);
/** "The remaining four", "the other four": a definite part, whose act says it is the acting part. */
const DEFINITE_PART_BEFORE = /\b(?:the|its|their)\s+(?:remaining|other|rest\s+of\s+the)\s+$/i;

/** A board's size as its composition: "the board had six members", "consisted of six", "a six-member board", "a board of six". */
const COMPOSITION_BEFORE =
  /\b(?:board|panel|body)\b[^.;:!?]{0,40}?\b(?:had|has|have|consisted\s+of|consists\s+of|comprised|comprises|numbered|counted|was\s+made\s+up\s+of|included|held)\s+(?:just\s+|only\s+)?$/i;
/** "six people who sat on the board", "the five directors who served on it": those who held its seats, the whole. */
const SAT_ON_AFTER =
  /^\s+(?:people|persons|directors|members)\s+(?:(?:who|that)\s+)?(?:sat|served|held\s+seats)\s+on\b/iu;
const COMPOSITION_AFTER = new RegExp(
  String.raw`^-(?:member|person|seat|strong|man)\s+(?:[\p{L}-]+\s+)?(?:board|panel|body)\b|${SAT_ON_AFTER.source.slice(1)}`,
  'iu',
);
const BOARD_OF_BEFORE = /\b(?:board|panel)\s+(?:of|with)\s+(?:just\s+|only\s+)?$/i;
/** The whole's noun, past which the part's predicate is read ("four of six board members voted"). */
const WHOLE_NOUN_AFTER = new RegExp(String.raw`^(?:\s+(?:[\p{L}-]+\s+)?${BOARD_NOUN}\b)?`, 'iu');
/** "a majority of six", "Of a board of 6": a whole that says it is the board's full size. */
const WHOLE_NAMED_BEFORE = /(?:\bmajority\s+of\s+(?:the\s+|its\s+)?|\bboard\s+of\s+)$/i;
/** "the four directors who voted", "the four who removed him": a whole defined by the act. */
const ACTING_WHOLE_AFTER =
  /^(?:\s+[\p{L}-]+){0,2}?\s+(?:who|that|which)\s+(?:had\s+|have\s+)?(?:remov|fir|oust|sack|dismiss|depos|toppl|push|forc|vot|decid|made\s+(?:the|that|this)|took\s+(?:the|that|this)|outvot|ax)/iu;
/** The ousted men counted in the board: "Counting Altman and Brockman", "two of whom were Altman and…", "both sat on". */
const OUSTED_COUNTED =
  /(?:^\W*with\s+(?:both\s+)?(?:\p{Lu}\p{L}+\s+and\s+\p{Lu}\p{L}+|(?:the\s+|its\s+)?two\s+(?:founders|co-founders|men))\s*,|\b(?:counting|including|among\s+them|two\s+of\s+(?:whom|them)(?:\s+(?:were|was|being))?\s+\p{Lu}\p{L}*|both\s+sat\s+on|(?:also\s+)?(?:sat|held\s+(?:a\s+)?seats?)\s+on\s+(?:that|the|this|its)|counts\s+(?:those|them|both)|it\s+counts)\b)/iu;
/** A time the sentence sets its composition at: "At the time", "In November 2023", "Before Friday", "then". */
const TIME_ANCHOR =
  /\b(?:at\s+the\s+time|at\s+that\s+(?:time|point)|back\s+then|until\s+then|then|before\s+(?:(?:the|that)\s+)?(?:[A-Z][a-z]+day|vote|firing|ouster|crisis|coup)|in\s+(?:[A-Z][a-z]+\s+)?\d{4})\b/iu;
const TIME_ANCHOR_ALL = new RegExp(TIME_ANCHOR.source, 'giu');
/** "seats": the places of the whole board ("six seats", "6 seats"), unless they are the votes cast. */
const SEATS_AFTER = /^\s+(?:board\s+)?seats\b(?!\s+(?:who|that)\s+voted)/i;

/** "shrank to three", "was cut to three", "pared back to three", "went from six to three". */
const SHRUNK_TO_BEFORE =
  /\b(?:(?:shr[ai]nk(?:s|ing)?|shrunk|cut|cuts|pared|pares|slimmed|slims|trimmed|trims|whittled|reduced|reduces|downsized|contracted|dropped|drops|fell|falls)\s+(?:(?:down|back)\s+)?(?:from\s+\S+\s+)?|(?:is|are|was|were|now|been)\s+down\s+)to\s+(?:just\s+|only\s+|a\s+mere\s+)?$/i;
/** "had shrunk to four", "had been cut to four": a size reached before the act. */
const HAD_SHRUNK_BEFORE = /\bhad\s+(?:been\s+)?\w+\s+(?:(?:down|back)\s+)?to\s+(?:just\s+|only\s+)?$/i;
/** The size it shrank from: "went from six to three", "shrank from six members to three". */
const SHRUNK_FROM_BEFORE =
  /\b(?:shr[ai]nk(?:s|ing)?|shrunk|cut|pared|slimmed|trimmed|whittled|reduced|downsized|went|dropped|fell)\s+(?:(?:down|back)\s+)?from\s+$/i;
/** The group's work lies ahead: "have a bigger job ahead", "will chiefly be busy picking", "named on Wednesday". */
const WORK_AHEAD_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+){0,2}?\s+(?:(?:is|are|were|was|will\s+be|have\s+been|has\s+been)\s+(?:now\s+|also\s+|chiefly\s+|mainly\s+)?(?:charged|tasked|mandated|entrusted)\s+(?:with|to)\b|(?:have|has|face|faces|will\s+have)\s+(?:a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}?(?:job|task|work|challenge|road)\s+ahead|(?:will|would|are\s+to|must\s+now|are\s+expected\s+to|are\s+supposed\s+to)\s+(?:(?:chiefly|mainly|mostly|now|first|largely)\s+)?(?:be\s+(?:busy|charged|tasked|responsible|building|picking|choosing)|pick|choose|recruit|vet|seat|select|find|appoint|oversee|build|expand|name)\b|(?:named|appointed|installed|chosen|picked|announced|seated)\s+(?:on|this|last|in|at|under|with)\b)`,
  'iu',
);

/** "a board of nine", "a nine-member board", "any board of five": a board the sentence does not point to. */
const INDEFINITE_BOARD_BEFORE =
  /\b(?:a|an|any|every|one)\s+(?:[\p{L}-]+\s+)?(?:board|panel)\s+(?:of|with)\s+$/iu;
const INDEFINITE_COMPOUND = /\b(?:a|an|any|every)\s+(?:[\p{L}-]+\s+)?$/iu;
/**
 * "…of nine independent directors at a listed company", "-member board at a typical start-up": the board of
 * an organisation the sentence does not point to either, so a board in general, whatever its verb's tense.
 * Not past a verb: in "a board of four decided for an organisation of hundreds" the organisation is whom
 * the four acted for, the story's.
 */
const AT_INDEFINITE_ORGANISATION_AFTER =
  /^(?:-\p{L}+)?(?:\s+(?![\p{L}-]+ed\b)[\p{L}-]+){0,3}?\s+(?:at|of|in)\s+(?:a|an|any|every|one|some)\s+(?:[\p{L}-]+\s+){0,2}?(?:company|firm|business|start-?up|bank|charity|non-?profit|organi[sz]ation|corporation|conglomerate|group|hospital|university|club|fund|society)\b/iu;
/**
 * A board the reader or the writer has: "your six directors", "two of your five trustees", "my own board of
 * seven", "I sit on a nonprofit board of nine", "we served on a board of five". Advice and first-person asides
 * in columns and interviews speak of it; it is never the board the story is about.
 */
const OWN_BOARD_BEFORE =
  /(?:\b(?:your|my)\s+(?:own\s+)?(?:(?:[\p{L}-]+\s+)?(?:board|panel)\s+(?:of|with)\s+(?:just\s+|only\s+)?)?|\b(?:I|we)\s+(?:(?:have|had|now|still|also|once)\s+)*(?:sit|sat|serve|served|chair|chaired|joined)\s+(?:on\s+)?(?:a|an|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:board|panel)\s+(?:of|with)\s+(?:just\s+|only\s+)?)$/iu;

/** The hypothesis or the reader's case: "you can", "if", "imagine", "one could". */
const HYPOTHESIS =
  /\b(?:you|your|you['’](?:d|ll|re)|if|imagine|suppose|unless|one\s+(?:can|could|would|might|should))\b/i;
/** "…, and two abstained", "while one was against": a second count that did otherwise splits the group. */
const SPLIT_BY_COUNT_AFTER =
  /(?:[,;]\s*|\s+(?:and|but|while|whereas|with)\s+)(?:the\s+(?:other|remaining)\s+)?(?:one|two|three|four|five|six|\d{1,2})(?:\s+(?:others?|directors?|members?|trustees?))?\s+(?:(?:had|were|was|did)\s+)?(?:not\s+)?(?:abstain\w*|against|opposed|dissent\w*|object\w*|declin\w*|refus\w*)/i;
/** A case supposed, not told ("if", "imagine"); a generic "you" ("on a board of four deciders your vote matters") is none. */
const SUPPOSED = /\b(?:if|imagine|suppose|supposing|unless|whether)\b/i;
const MODAL = /\b(?:can|could|would|might|should|may|must)\b/i;

/** "three people running OpenAI", "three chief executives in three days": holders of one post in turn. */
const LEADERS_AFTER =
  /^\s+(?:different\s+)?(?:(?:people|persons|men|women)\s+(?:running|leading|heading|steering|in\s+charge\s+of|at\s+the\s+helm|atop)|(?:chief\s+executives|CEOs|bosses|leaders|interim\s+chiefs)\b)/i;

/** "Directors remaining: one", "Left on the board: one": a label of those left over. */
const REMAINDER_LABEL_BEFORE =
  /\b(?:remaining|left|still\s+(?:there|on\s+the\s+board|serving)|stayed(?:\s+on)?|surviv(?:ors?|ing)|holdovers?|kept\s+on|carried\s+over)\s*[:=]\s*$/i;
/** "only one kept his seat", "one survivor", "one director stayed on". */
const REMAINDER_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+)?\s+(?:remained|remains|stayed(?:\s+on)?|stays(?:\s+on)?|survived|survivors?|holdovers?|kept\s+(?:his|her|their|a)\s+seats?|held\s+on|hung\s+on|carried\s+over|(?:was|were|is|are)\s+(?:still\s+there|left|retained|kept\s+on))\b`,
  'iu',
);

/** "described all three as new members, only two were": the description the sentence corrects. */
const DESCRIBED_BEFORE =
  /\b(?:described|called|labell?ed|billed|counted|listed|reported|presented|characteri[sz]ed)\s+(?:(?:all|the|those|these|its|their)\s+)*$/i;
const CORRECTION_AFTER = new RegExp(
  String.raw`^[^.!?]*?(?:,|;|\s+but|\s+when|\s+though|\s+whereas)\s*(?:but\s+|in\s+fact\s+|actually\s+|in\s+reality\s+)?(?:only|just)\s+${COUNT}\b`,
  'i',
);
/** How far before a count its correction of a description is read ("described all three as new members, but only"). */
const CORRECTION_REACH = 200;
/** The corrected count of newcomers itself: "described all three as new members, only two were". */
const CORRECTED_NEWCOMERS_BEFORE =
  /\b(?:described|called|labell?ed|billed|counted|listed|reported|presented)\s+(?:(?:all|the|those|these)\s+)*\S+\s+(?:(?:directors|members)\s+)?as\s+(?:new|newcomers?|fresh|first-time)\b[^.;!?]*?(?:,|;|\s+but|\s+when|\s+though|\s+whereas)\s*(?:but\s+|in\s+fact\s+|actually\s+)?(?:only\s+|just\s+)?$/i;

/**
 * "the other two are new", "two of the three were newcomers", "both are new to the board", "only two
 * directors are genuinely new" (how new they are, stressed).
 */
const ARE_NEW_AFTER = new RegExp(
  String.raw`^(?:\s+of\s+(?:the\s+|them|those)(?:\s*${COUNT})?)?(?:\s+(?:directors|members|people))?\s+(?:are|were|is|was)\s+(?:all\s+|both\s+)?(?:(?:actually|really|genuinely|truly|entirely|wholly|in\s+fact)\s+)?(?:new\b|newcomers?\b|new\s+to\s+the\s+board|first-timers\b|outsiders\b|from\s+outside\b|fresh\s+faces\b)`,
  'iu',
);
/** "two of three seats going to outsiders", "two seats went to newcomers", "two of the seats filled by outsiders". */
const SEATS_TO_NEWCOMERS_AFTER = new RegExp(
  String.raw`^(?:\s+of\s+(?:the\s+|its\s+)?(?:${COUNT}\s+)?)?\s*(?:board\s+)?seats\s+(?:(?:are|were|is|have|had|will)\s+(?:been\s+|be\s+)?)?(?:(?:going|went|go|goes|gone|given|handed|awarded)\s+to|(?:filled|taken|occupied)\s+by)\s+(?:new\s+)?(?:outsiders|newcomers|new\s+(?:faces|members|directors|names)|fresh\s+faces|first-timers)\b`,
  'iu',
);

/** "recruit a larger one of up to nine members": the ceiling of a board said as "one". */
const LARGER_ONE_BEFORE =
  /\b(?:a|an)\s+(?:larger|bigger|fuller|expanded|enlarged|broader|wider)\s+one\s+(?:of|with)\s+$/i;

/**
 * The board the count is of, when its words say it; undefined when they do not. `asked` is the short block
 * before, where an answer's question may stand.
 */
export function boardOfCount(
  text: string,
  span: Span,
  figure: PageFigure,
  asked?: string,
): BoardOfCount | undefined {
  const before = text.slice(span.start, figure.start);
  const after = text.slice(figure.end, Math.min(span.end, figure.end + REACH));
  const sentence = text.slice(span.start, span.end);
  if (LARGER_ONE_BEFORE.test(before) && figure.qualifier === 'up-to') return 'ceiling';
  if (OWN_BOARD_BEFORE.test(before)) return 'generic';
  // The whole a part is taken from. "Two of the four who voted" is the acting whole; beside a part that
  // acted ("Four of six directors voted", a fact box's "Four of six directors") it is the full board; beside
  // newcomers ("two of the three are new") the new one. "Two of the four directors later left" says neither.
  if (WHOLE_OF_PART_BEFORE.test(before)) {
    if (ACTING_WHOLE_AFTER.test(after)) return 'acted';
    const rest = after.replace(WHOLE_NOUN_AFTER, '');
    if (ARE_NEW_AFTER.test(after)) return 'after';
    // "Of the six people who sat on the board, only one kept his seat": the whole, named by who sat on it.
    if (
      ACT_OF_COUNT_AFTER.test(rest) ||
      !/\p{L}/u.test(rest) ||
      WHOLE_NAMED_BEFORE.test(before) ||
      SAT_ON_AFTER.test(after)
    )
      return 'before';
  }
  // "an initial board of three", "a new board of just three" (startingBoardSize.ts).
  if (isStartingBoardSize(text, span, figure)) return 'after';
  // Read on the clause's last words only: its lazy scan from every "described/called/listed" is quadratic on a long sentence.
  if (CORRECTED_NEWCOMERS_BEFORE.test(before.slice(-CORRECTION_REACH))) return 'newcomers';
  if (DESCRIBED_BEFORE.test(before) && CORRECTION_AFTER.test(after)) return 'corrected';
  if (ARE_NEW_AFTER.test(after) || SEATS_TO_NEWCOMERS_AFTER.test(after)) return 'newcomers';
  // "a new board that added two newcomers and was tasked with growing": a count its own noun calls new
  // ("two outsiders", "two fresh faces") is the newcomers, whatever the sentence says of the board.
  if (figure.noun === 'newcomers') return 'newcomers';
  if (LEADERS_AFTER.test(after)) return 'leaders';
  // "Those four were the directors who decided", "four of those directors acted", "four directors of a
  // nonprofit board removed him", "four deciders": the count's role says what it did (countedAgent.ts).
  // An answer's question: the sentences before it in its block, or the short block before.
  const role = countedRole(
    before,
    after,
    span.start > 0 ? text.slice(Math.max(0, span.start - 200), span.start) : asked,
  );
  if (role && 'actedOn' in role) return 'actedOn';
  if (role && 'otherOrganisation' in role) return 'other';
  if (
    role &&
    (ACT_OF_COUNT_AFTER.test(role.agentOf) || choseRemovalAfter(role.agentOf)) &&
    !SUPPOSED.test(sentence) &&
    !MODAL.test(sentence) &&
    !SPLIT_BY_COUNT_AFTER.test(after)
  )
    return 'acted';
  // The acting part: the part of a counted whole, the agent of the outvoting, a cleft's count.
  const partOfCount = PART_OF_COUNT_AFTER.exec(after);
  if (partOfCount) {
    const rest = after.slice(partOfCount[0].length);
    // "Four of six directors" alone is a fact box's answer to who acted; "Two of the six were Altman and…" is not.
    if (
      ACT_OF_COUNT_AFTER.test(rest) ||
      AGENT_OF_ACT_BEFORE.test(before) ||
      // "It was a decision of four directors out of six": the decision's agent (decisionAgent.ts).
      decidedByBefore(before) ||
      (!/\p{L}/u.test(before) && !/\p{L}/u.test(rest))
    )
      return 'acted';
  }
  if (OUTVOTED_BY_BEFORE.test(before)) return 'acted';
  if (AGENT_OF_ACT_BEFORE.test(before) && OF_FELLOW_MEMBERS_AFTER.test(after)) return 'acted';
  if (CLEFT_BEFORE.test(before) && CLEFT_AFTER.test(after)) return 'acted';
  if (
    DEFINITE_PART_BEFORE.test(before) &&
    ACT_OF_COUNT_AFTER.test(after.replace(/^\s+[\p{L}-]+(?=\s*[—–(,])/u, ''))
  )
    return 'acted';
  // The size it shrank from, and the size it shrank to.
  if (SHRUNK_FROM_BEFORE.test(before)) return 'before';
  // "the board shrank to three" after the deal; "which had shrunk to four… fired him" is the board that acted.
  if (SHRUNK_TO_BEFORE.test(before) && !REMOVAL_ACT.test(sentence) && !HAD_SHRUNK_BEFORE.test(before))
    return 'after';
  if (REMAINDER_LABEL_BEFORE.test(before)) return 'remainder';
  // "Before the vote, the board was made up of six": the act a time is set by is not the count's.
  const acts = REMOVAL_ACT.test(sentence.replace(TIME_ANCHOR_ALL, ''));
  if (REMAINDER_AFTER.test(after) && !acts) return 'remainder';
  const indefinite =
    INDEFINITE_BOARD_BEFORE.test(before) ||
    (COMPOSITION_AFTER.test(after) && INDEFINITE_COMPOUND.test(before));
  if (indefinite && (HYPOTHESIS.test(sentence) || (MODAL.test(sentence) && !acts))) return 'generic';
  if (indefinite && AT_INDEFINITE_ORGANISATION_AFTER.test(after)) return 'generic';
  const composition =
    COMPOSITION_BEFORE.test(before) || COMPOSITION_AFTER.test(after) || BOARD_OF_BEFORE.test(before);
  if (composition && OUSTED_COUNTED.test(sentence)) return 'before';
  // "four members of the six-person board", "referred to a six-member board" (wholeBoardCount.ts).
  if (isWholeBoardComposition(before, composition, figure.value, acts)) return 'before';
  // "There were six seats": the places of the whole board; a ceiling's seats are the ceiling's ("up to nine seats").
  const seats = SEATS_AFTER.test(after) && figure.qualifier !== 'up-to' && !/\bvot/i.test(sentence);
  if (composition && !acts && (TIME_ANCHOR.test(before) || seats)) return 'before';
  if (seats && !acts) return 'before';
  if (WORK_AHEAD_AFTER.test(after)) return 'after';
  // "Sam's back as CEO. Three people on the board.": counted after the return, without the ouster (boardAfterReturn.ts).
  if (!acts && returnStatedBefore(text, span.start, figure.start, figure.end)) return 'after';
  return undefined;
}

/** What a board topic counts, read off its cues: the acting board, its newcomers or its ceiling. */
export function boardTopicOf(claim: {
  cues: string[];
  requires?: string[];
  whole?: boolean;
}): BoardTopic | undefined {
  if (claim.requires?.includes('up to')) return 'ceiling';
  if (claim.cues.includes('newcomers')) return 'newcomers';
  if (
    claim.whole &&
    claim.cues.includes('board') &&
    claim.cues.some((c) => /\b(?:oust|fire|remove)\b/.test(c))
  )
    return 'acted';
  return undefined;
}

/** The count is itself a ceiling: "up to nine", "grow to nine", "capped at nine". */
const CEILING_BEFORE =
  /(?:\bup\s+to|\bas\s+many\s+as|\bno\s+more\s+than|\bat\s+most|\bmaximum\s+of|\bmax(?:imum)?\s*:?|\bcap(?:ped)?\s+(?:at|of)|\b(?:grow|expand|enlarge|increase|rise|swell|reach)\w*\s+(?:it\s+)?(?:to\s+)?)\s+$/i;

/**
 * Whether a count of `board` may be a figure of `topic`. The acting board, the newcomers and the ceiling
 * take only their own counts; every other board's count is none of theirs, except that a ceiling stays
 * the ceiling's whatever board it is said of ("the board shrank to three and may grow to up to nine").
 */
export function boardFits(
  board: BoardOfCount,
  topic: BoardTopic,
  text: string,
  span: Span,
  figure: PageFigure,
): boolean {
  if (board === 'acted' || board === 'newcomers' || board === 'ceiling') return board === topic;
  return (
    topic === 'ceiling' &&
    (figure.qualifier === 'up-to' ||
      CEILING_BEFORE.test(text.slice(Math.max(span.start, figure.start - 40), figure.start)))
  );
}
