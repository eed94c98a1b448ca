import { withSharesOfAll } from './shareOfAll.ts';
import { labelValueAt } from './labelValue.ts';
import { PEOPLE_NOUNS } from './peopleNouns.ts';
import { withoutAgeHedge } from './ageHedge.ts';
import { LINK_REACH, scalesCount, type EarlierCount } from './countScale.ts';
import { MONTH_NAMES } from '../text/months.ts';
import { eachMatch } from '../text/eachMatch.ts';
import { figureRange, type Qualifier, type Range } from '../figureRange.ts';
import { NUMBER_WORDS, parseNumberWords } from './parseNumberWords.ts';
import type { PAGE_FIGURE_UNITS } from './units.ts';
import { LETTERS, WORD_CHARS } from '../match/namePattern.ts';
import { noiseOf, opensAsInsert } from './pageNoise.ts';
import { withoutAppositiveList } from './appositiveList.ts';
import { isFrontedWhole } from './frontedWhole.ts';
import { restatesCountInSentence, restatesCountOfThings } from './restatedGroup.ts';

export type FigureUnit = (typeof PAGE_FIGURE_UNITS)[number];

export interface PageFigure extends Range {
  /** Where the figure's words start and end in the text, qualifier included. */
  start: number;
  end: number;
  value: number;
  unit: FigureUnit;
  qualifier: Qualifier;
  wording: string;
  /** Written as someone's age ("38-year-old", "Altman, 38,"). */
  isAge: boolean;
  /** The noun the figure counts, where one follows it ("employees", "directors"). */
  noun?: string;
  /** It counts a part of something: "two of the founders", "seven of them". */
  partOf?: boolean;
  /** It opens its block like a list item's number ("1. Microsoft hires…"): a count only where a label says so ("Bret Taylor" / "43. Former…"). */
  listNumber?: boolean;
  /** Words for most of a whole the sentence counts: "nearly all" of "the company's 800 employees" (shareOfAll.ts). */
  shareOfAll?: boolean;
  /** Of a share of all: where the whole it is a share of stands ("Of Anthropic's 800 staff, nearly all…"). */
  whole?: { start: number; end: number };
}

/** Qualifier wording → the qualifier of the shared range rule (src/core/figureRange.ts). */
const QUALIFIER_WORDS: Array<[string, Qualifier]> = [
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['an estimated', 'about'],
  ['circa', 'about'],
  // "c. 770", "ca. 1,200", "approx. 770": the abbreviated forms, in factboxes and captions.
  ['c.', 'about'],
  ['ca.', 'about'],
  ['approx.', 'about'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['just under', 'nearly'],
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['above', 'more-than'],
  ['upwards of', 'more-than'],
  ['in excess of', 'more-than'],
  ['north of', 'more-than'],
  ['well over', 'more-than'],
  ['well above', 'more-than'],
  ['just over', 'more-than'],
  ['a little over', 'more-than'],
  ['slightly more than', 'more-than'],
  ['shy of', 'nearly'],
  ['just shy of', 'nearly'],
  ['approaching', 'nearly'],
  ['not quite', 'nearly'],
  ['just below', 'nearly'],
  ['some', 'about'],
  // "something like $13 billion", "the best part of 800", "getting on for 800": speech's and British approximations.
  ['something like', 'about'],
  ['somewhere around', 'about'],
  ['somewhere near', 'about'],
  ['in the order of', 'about'],
  ['the best part of', 'nearly'],
  ['the better part of', 'nearly'],
  ['getting on for', 'nearly'],
  ['a shade under', 'nearly'],
  ['a shade over', 'more-than'],
  ['a touch over', 'more-than'],
  ['a little more than', 'more-than'],
  ['in the region of', 'about'],
  ['in the neighbourhood of', 'about'],
  ['in the neighborhood of', 'about'],
  ['on the order of', 'about'],
  ['under', 'up-to'],
  ['below', 'up-to'],
  ['at least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['up to', 'up-to'],
  ['as many as', 'up-to'],
  ['at most', 'up-to'],
  ['a maximum of', 'up-to'],
  ['a max of', 'up-to'],
  ['at the most', 'up-to'],
  ['a minimum of', 'at-least'],
  ['upward of', 'more-than'],
  ['no more than', 'up-to'],
  ['fewer than', 'up-to'],
  ['less than', 'up-to'],
];
const QUALIFIER_OF = new Map(QUALIFIER_WORDS);

/** Spans of time no claim counts ("within 36 hours", "lobbied for 48 hours", a byline's "4 min read"). */
const DURATION_NOUNS = 'hours|hour|hrs|hr|days|day|weeks|week|minutes|minute|mins|min|seconds|secs|sec';
const DURATION = new RegExp(`^(?:${DURATION_NOUNS})$`, 'i');
/** A plural noun right after a count ("2 thoughts"), or after a list headline's superlative ("10 best shows", "five must-see films"). */
// Not a word that only ends in "s" ("505 this morning", "700 was the figure", "500 has signed").
const OTHER_PLURAL =
  /^\s+(?:(?:[a-z]+est|top|must-see|must-read|essential|favou?rite)\s+)?(?!(?:this|was|has|does|his|its|thus|plus|yes|whereas|perhaps)\b)([a-z]{3,}s)\b/;
/**
 * "1,400+ employee profiles", "300 staffer badges": a person's noun in the singular after a count of
 * many modifies the plural noun after it, and that noun is what the count counts.
 */
const ATTRIBUTIVE_PERSON = /^(?:employee|staffer)$/;
const HEAD_AFTER_ATTRIBUTIVE = /^\s+([a-z]{3,}s)\b/;
/** "two of the founders", "seven of them": a count of a part. */
const PART_OF = /^\s+of\s/i;
const MEMBERS_OF_STAFF_AFTER = /^\s+(?:[\p{L}-]+\s+)?members\s+of\s+(?:the\s+)?staff\b/iu;
/** "700 team members", "745 staff members": members of a workforce, not of a board (not "two founding team members"). */
const STAFF_MEMBERS_AFTER = /^\s+(?:staff|team|company|workforce)\s+members\b/i;
/** "11 founding members", "two founding team members": founders, not members of a board. */
const FOUNDING_MEMBERS_AFTER = /^\s+(?:original\s+)?(?:founding|founder)\s+(?:team\s+)?members\b/i;
/** A list item's number ("1. Microsoft hires…"). */
const LIST_NUMBER = /^\s*$/;
const LIST_NUMBER_AFTER = /^[.)]\s/;
/** "Rules: 1. Be civil 2. No memes": an item's number and the first word of its text. */
const RUNNING_ITEM_AFTER = /^[.)]\s+\p{Lu}/u;
/** The most items a list run into one line numbers. */
const RUNNING_LIST_MAX = 30;

/**
 * "Rules: 1. No paywalled links 2. Be civil 3. No memes": a list run into one
 * line, where each number opens an item and the number before or after it
 * opens another, counts nothing.
 */
function inRunningList(text: string, n: number, after: string): boolean {
  if (n < 1 || n > RUNNING_LIST_MAX || !RUNNING_ITEM_AFTER.test(after)) return false;
  const item = (k: number) => new RegExp(`(?<![\\p{L}\\p{N}.,])${k}[.)]\\s+\\p{Lu}`, 'u').test(text);
  return (n > 1 && item(n - 1)) || item(n + 1);
}
/** A citation or footnote marker: "[19]", "19]" where the page splits the brackets. */
const CITATION_AFTER = /^\]/;
const FRACTION_AFTER = /^[\s-](?:quarters?|thirds?|fifths?|tenths?)\b/i;
/** "nine in ten", "two in five", "1 in 4": a proportion, the share of a whole (not "3 in 10 days"). */
const PROPORTION_AFTER = new RegExp(
  `^\\s+in\\s+(?<of>ten|five|four|three|two|10|5|4|3|2|a\\s+hundred|100)(?![${LETTERS}\\d]|\\s+(?:days?|weeks?|months?|years?|hours?|minutes?|seconds?|games?|matches|races?)\\b)`,
  'i',
);
/** A score's whole after its points, with nothing counted after it: "out of 10!", "/10", "out of five." */
const SCORE_AFTER = new RegExp(
  `^\\s*(?:out\\s+of|/)\\s*(?:10|ten|5|five|20|twenty|100)(?![${LETTERS}\\d])(?!\\s*(?:[${LETTERS}]|\\d))`,
  'i',
);
const PROPORTION_OF: Record<string, number> = {
  ten: 10,
  five: 5,
  four: 4,
  three: 3,
  two: 2,
  'a hundred': 100,
};
/** "p. 700", "page 505", "footnote 7", "No. 12", "§ 4", "episode 4", "Top 10": a place in a document or a series, not a quantity. */
const REFERENCE_BEFORE =
  /(?:\b(?:p|pp|para|paras|fig|no|nos|vol|ch|sec|ref|art|ep)\.|\b(?:page|pages|paragraphs?|grafs?|footnote|endnote|note|notes|figure|chapter|section|reference|volume|episode|season|series|part|step|phase|stage|round|level|tier|issue|edition|top)|[§¶#])\s*$/i;
const MONTHS = MONTH_NAMES;

const qualifierSource = QUALIFIER_WORDS.map(([w]) => w.replace(/\./g, '\\.').replace(/\s+/g, '\\s+'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const numberWord = `(?:${NUMBER_WORDS.join('|')})`;
/** "seven, not eight", "seven rather than eight": a count set against the wrong one it corrects. */
const CORRECTED_COUNT_AFTER = new RegExp(
  `^,?\\s+(?:not|rather\\s+than)\\s+(?:${numberWord}|\\d[\\d,]*)(?![${LETTERS}])`,
  'i',
);
const FIGURE = new RegExp(
  [
    // Not inside a word, a decimal, a price, or a citation marker ("[19]"); not a fall ("−1.2%", "▼1.2%"),
    // which would otherwise read as a rise of the same size.
    `(?<![${WORD_CHARS}.,:$€£\\[\u2212\u25bc\u2193-])`,
    // ">$10bn", "> 700": a table's or a post's sign for more than; "> " opening a line quotes a post.
    `(?:(?<qual>${qualifierSource})\\s+|(?<tilde>~)\\s?|(?<over>>(?!\\s)|(?<!(?:^|\\n)[ \\t]*)>(?=\\s))\\s?)?`,
    // "$US10 billion", "US$13bn": the dollar as Australian and Asian papers mark it.
    '(?:(?<cur>US\\s?\\$|\\$\\s?US(?=\\s?\\d)|\\$|€|£)\\s?)?',
    // "+1%" in a table of moves: the sign is the move's, written with it.
    '(?<sign>\\+(?=\\d))?',
    '(?:',
    '(?<digits>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)',
    // "a decade", "two decades": a span of years in tens.
    `|(?<decade>(?:half\\s+a|an?|one|two|three|four|five)\\s+decades?(?![${LETTERS}]))`,
    `|(?<words>(?:(?:half\\s+)?an?\\s+(?=dozen|hundred|thousand|million|billion|trillion))?${numberWord}(?:(?:\\s+and\\s+|[\\s-]+)${numberWord})*(?![${LETTERS}]))`,
    ')',
    // "$86 billion", "$86bn", and "$86-billion" as some styles hyphenate it before a noun.
    `(?:(?:\\s?|-(?=trillion|billion|million|thousand))(?<scale>trillion|billion|million|thousand|bn|tn|mn|m|k|b)(?![${LETTERS}]))?`,
    `(?:\\s?(?<pct>%|percent|per\\s+cent)(?![${LETTERS}]))?`,
    '(?<plus>-plus|\\+)?',
    // "700-odd", "700 or so": an approximation written after the number.
    '(?<approx>-odd|-ish|\\s+or\\s+so(?![a-z])|\\s+or\\s+thereabouts)?',
    // "seven hundred and something", "$13bn and change" ("forty-something" is an age): more than the number, said loosely.
    // "and change" only where it closes its phrase: "$10 billion and change followed" is a change that followed,
    // and "and change at the top", "and change in leadership" are the stock phrases of a shake-up.
    '(?<andMore>\\s+and\\s+(?:something(?![a-z]|\\s+(?:else|new|different|other|of|like|to|that|which)\\b)|change(?!\\s+(?:at\\s+the\\s+(?:top|helm)|in\\s+(?:the\\s+)?(?:leadership|governance|strategy|management|direction|course|tone|policy|control|culture|personnel|boardroom|c-suite|board|guard)))(?=\\s*(?:[,.;:)!?"\'’”—–]|$)|\\s+(?:in|at|after|before|for|from|by|last|this|when|as|on|during|since|amid|following|earlier)\\b)))?',
    // "700 or more", "500 or fewer": a bound written after it.
    '(?<bound>\\s+or\\s+(?:more|over|above)|\\s+or\\s+(?:fewer|less|under))?',
    // "thirteen billion dollars": the currency in words after the number.
    // "a five-hundred-billion-dollar price tag": the compound adjective's currency.
    '(?<curWord>\\s+(?:US\\s+|American\\s+)?dollars|-dollar(?=[\\s-])|\\s+euros|\\s+pounds(?:\\s+sterling)?)?',
    // "4d chess", "3x faster", "a 5G phone": a number glued to letters names something, it counts nothing.
    `(?![0-9${LETTERS}])`,
  ].join(''),
  'gi',
);

/**
 * The noun a count counts, after up to three words that describe it ("four non-executive directors",
 * "10 current and former employees"); a pronoun or an auxiliary ends the noun phrase ("770 put their
 * names to it" counts no names).
 */
const FOLLOWING_NOUN = new RegExp(
  `^[\\s-]+(?:(?!(?:in|of|the|a|an|for|to|on|at|by|from|with|over|after|before|during|within|their|his|her|its|our|my|your|them|they|he|she|we|who|that|which|had|have|has|were|was|are|is|would|will)\\s)[${LETTERS}'’]+(?:-[${LETTERS}'’]+)*\\s+){0,3}?(?<noun>${PEOPLE_NOUNS}|monthly users|users|years|year|yrs|yr|months|month|${DURATION_NOUNS})(?![${LETTERS}])`,
  'i',
);
/** The noun a count counts after it: the person's noun, or the head it modifies ("1,400 employee profiles"). */
function countedHead(after: string, value: number): string | undefined {
  const m = FOLLOWING_NOUN.exec(after);
  const noun = m?.groups?.noun?.toLowerCase().replace(YEARS_ABBREVIATED, 'years');
  if (!m || !noun || value <= 1 || !ATTRIBUTIVE_PERSON.test(noun)) return noun;
  return HEAD_AFTER_ATTRIBUTIVE.exec(after.slice(m[0].length))?.[1] ?? noun;
}

/**
 * "two years ago", "two years hence", "two years on,": a time counted from the page's now, not a span
 * anyone spent. ("five months later", "five months on from her promotion" are spans between two events,
 * which a topic may count: how long she lasted.)
 */
const POINT_IN_TIME_AFTER = /^[\s-]+(?:years?|yrs?|months?)\s+(?:ago|hence|on(?=\s*[,.;:!?)—–]))\b/i;
/** "7 yrs", "~2 yr": years as posts and tables shorten them. */
const YEARS_ABBREVIATED = /^yrs?$/;
const DATE_BEFORE = new RegExp(`(?:${MONTHS})\\.?\\s+$`, 'i');
const DATE_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})(?![${LETTERS}])`, 'i');
const TIME_AFTER = /^(?::\d\d|\s?(?:a\.?m\.?|p\.?m\.?)(?![a-z]))/i;
const ORDINAL_AFTER = /^(?:st|nd|rd|th)(?![a-z])/i;
const AGE_AFTER = /^-year-old|^\s+years?\s+old/i;
/**
 * "Taylor, 43," and a who's-who entry in capitals, "JANE DOE, 52.": a number after a name and a comma; or
 * set off by a dash as an aside is, "Sam Altman — then 38, and…", "Summers – 68 – joined".
 */
const AGE_NAME_COMMA = /[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]+(?:,\s|\s[—–]\s|—)$/;
const NOT_A_NAME = new RegExp(
  `\\b(?:${MONTHS}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Total|In total|So far|By then)\\.?,\\s$`,
  'i',
);
/** Nouns for a person by role: "the ousted chief", "the former Treasury secretary". */
const PERSON_ROLES =
  'chief|boss|executive|CEO|CTO|chair|chairman|chairwoman|president|secretary|economist|founder|co-founder|cofounder|director|investor|entrepreneur|scientist|researcher|engineer|officer|veteran|leader|head|man|woman|billionaire|academic|professor';
/**
 * What closes an age after a name: the apposition's comma, the end of a list entry ("JANE DOE, 52.", a
 * sidebar's "Sam Altman, 38"), or a snippet's cut ("chaired by Bret Taylor, 43…", "Taylor, 43 ...").
 */
const AGE_CLOSE = /^(?:[,:;)]|\.(?:\s|$)|\s*(?:…|\.{3})|\s+[—–]\s|[—–](?!\d)|\s*$)/;
/** "Summers, 68 when he joined": the apposition's age, closed by a clause of when. */
const AGE_WHEN_CLOSE = /^\s+when\s+(?:he|she)\b/i;
/**
 * "The ousted chief, 38, learned of it", "The former Treasury secretary, 68, is…": an age set off
 * after a description that opens its sentence stands for the person as after a name.
 */
const AGE_DESCRIPTION_COMMA = new RegExp(
  `(?:^|[.!?]["”’]?\\s+|\\n\\s*)["“‘]?The\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${PERSON_ROLES}),\\s$`,
  'u',
);
const AGE_DESCRIPTION_CLOSE = /^,\s+\p{Ll}/u;
/** "aged 38", and a fact box's "Age: 38", "Altman's age: 38". */
const AGED_BEFORE = /\baged?\s+$|(?:^|[.;|•·—–\n]\s*|['’]s\s+)age\s*:\s*$/i;
/**
 * Other ways news gives an age: "who is 41", "who turned 50", "then 37", "now 40", "at age 38",
 * "Altman (38)", and the age named as a noun of its person ("gives Altman's age as 38", "put his age
 * at 38", "her age is 68", "Summers's age of 68"). The number must close its phrase, so "who is 41st"
 * or "now 40 staff" are not ages.
 */
const AGE_WORDS_BEFORE =
  /(?:\bwho(?:\s+is|['’]s|\s+was|\s+turned|\s+turns|\s+will\s+be)|,\s*(?:then|now|currently|today)|\bat\s+(?:the\s+)?age(?:\s+of)?|(?:['’]s?|\b(?:his|her))\s+age\s+(?:as|at|of|is|was|to\s+be|stood\s+at|stands\s+at))\s+$/i;
/** "At 38, Altman has…": an age opening a sentence, before the person's name. */
/** "Fired at 38, Altman…", "Named to the board at 68, Summers…", "Ousted at 38: who is…": a participle opening the sentence, then the age. */
const AT_AGE_BEFORE =
  /(?:^|[.!?]\s+|\n\s*)["“‘]?(?:At|(?:\p{Lu}\p{Ll}+(?:ed|en)|Kept|Made|Left)(?:\s+[\p{L}'’-]+){0,4}\s+at)\s+$/u;
const AT_AGE_AFTER = /^(?:,\s+(?:the\s+)?\p{Lu}|:\s)/u;
/** What only money is: "13B investment", "13B into the company", "13B stake". */
const MONEY_WORDS_AFTER =
  /^\s+(?:investment|investments|stake|valuation|cheque|check|bet|funding|into|in\s+funding|in\s+cash|of\s+(?:investment|funding|capital)|valuation)\b/i;
/** "put 13B", "invested 13 billion", "valued at 86B", "worth 86B": the verbs of money before an amount. */
const MONEY_VERB_BEFORE =
  /\b(?:put|puts|putting|invest|invests|invested|investing|pour(?:s|ed|ing)?|sunk|sank|pump(?:s|ed|ing)?|inject(?:s|ed|ing)?|plough(?:s|ed|ing)?|plow(?:s|ed|ing)?|commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|valued\s+at|valuation\s+of|worth)\s+(?:(?:about|around|roughly|some|nearly|over|more\s+than|like)\s+)?$/i;
/** "39 in November 2023, he had founded…": a bare number opening a sentence, the date it held, then its holder. */
const SENTENCE_OPENS_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)$/;
const AGE_AT_DATE_AFTER = new RegExp(
  `^\\s+(?:in|as\\s+of|by)\\s+(?:(?:${MONTHS})\\.?\\s+)?\\d{4},\\s+(?:he|she)\\b`,
  'i',
);
/** "Altman is 38.", "He is 43 and…", "someone who was 38": a person, "he"/"she" or "who", then the age as what they are. */
const IS_AGE_BEFORE = /(?:\b(?:[Hh]e|[Ss]he|who)|\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?:is|was|turned|turns)\s+$/u;
/** "Taylor's forty-three, he's been around": "'s" for "is", the age closing its clause ("Altman's 20 staff" is no age). */
const IS_AGE_CONTRACTED_BEFORE = /(?:\b(?:[Hh]e|[Ss]he)|\p{Lu}\p{Ll}[\p{L}'’-]*)['’]s\s+$/u;
const CLAUSE_CLOSE = /^(?:[,;:!?]|\.(?:\s|$)|$)/;
/** "Altman (38)", and a post's lower-case "d'angelo (39)". */
const AGE_PAREN_BEFORE = /[A-Za-z][A-Za-z'’-]+\s\($/;
/**
 * What may follow an age that closes its clause: a stop, a joint, or a time the age is told at ("was 38
 * last time anyone checked", "is 68 now", "was 43 then", "turned 40 this year", "is 39 as of this week").
 */
const AGE_WORDS_CLOSE =
  /^(?:[,;:)!?]|\.(?:\s|$)|$|\s+(?:and|but|when|while|at|on|in|is|was|has|had|years|last|then|now|today|back\s+then|this|as\s+of|going\s+on)\b|\s+[–—])/;
/** "18–19 November", "Nov. 20–21": a range of days is a date, on either side of the dash. */
/** "20 and 21 November", "Nov. 20 or 21": days joined by a word are a date as a dash-joined range is. */
const DAY_JOINT = '(?:\\s?[–-]\\s?|\\s+(?:and|or|to|&)\\s+)';
const DATE_RANGE_AFTER = new RegExp(
  `^${DAY_JOINT}\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})(?![${LETTERS}])`,
  'i',
);
const DATE_RANGE_BEFORE = new RegExp(`(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?${DAY_JOINT}$`, 'i');
/**
 * Where a small number in words counts a group without a noun after it: "a board of four", "the board stands at four",
 * "a four-person board", "the four-member board", "two still there", "two remain".
 */
const GROUP_OF_BEFORE =
  /\b(?:board|team|staff|workforce|committee|council|group|body|panel)\s+(?:of|(?:now\s+)?(?:stands|stood)\s+at)\s+(?:just\s+|only\s+|a\s+mere\s+|merely\s+)?$/i;
/** "expand the board to nine", "the board would grow to seven", "cut the team to four": a group's new size. */
const GROUP_TO_BEFORE =
  /(?:\b(?:board|team|staff|workforce|panel|committee)\b[^.;:!?]{0,30}?\b(?:grow|grows|grew|growing|expand\w*|enlarge\w*|increase\w*|shrink\w*|shrank|cut|reduced?)\s+(?:\w+\s+){0,2}|\b(?:expand\w*|enlarge\w*|increas\w*|grow\w*|cut\w*|shrink\w*|reduc\w*|bring\w*|brought|tak\w*|took)\s+(?:the\s+|its\s+|OpenAI['’]s\s+)?(?:board|team|staff|panel)\s+)to\s+$/i;
/**
 * "one of the four who wielded the axe", "the four, in the end", "the remaining four — A, B, C and D —",
 * "outvoted by the four others": a number as a noun with "the" is a group the page has counted already.
 */
const DEFINITE_GROUP_BEFORE = /\b(?:the|those|these|all)\s+(?:(?:remaining|other)\s+)?$/i;
/**
 * …and says something of the group as a whole: "the four who", "the four had", and membership, "Among
 * the four was Ilya Sutskever", "the four included Helen Toner", "the four comprised…"; or what the group
 * did, its verb right after it: "The remaining four made the call", "the other four voted him out", "one of
 * the four seemed to change his mind", "the four acted in bad faith".
 */
const DEFINITE_GROUP_AFTER =
  /^(?:\s*[—–,;:.)!?]|\s+(?:who|that|had|have|were|did|was|included|includes|comprised|comprise|others)\b|\s*$)/;
/** …or what the group did, its verb right after it (see restatesCountInSentence for the same breath). */
const DEFINITE_GROUP_ACTS_AFTER = new RegExp(
  String.raw`^\s+(?:(?:then|later|all|also|still|just|simply|eventually|finally|jointly|together)\s+)?(?:\p{Ll}{2,}ed|made|took|went|seemed|thought|knew|wanted|chose|met|felt|sat|ran|stood|kept|held|lost|gave|got|fought|threw|kicked)\b`,
  'u',
);
const GROUP_COMPOUND_AFTER = /^-(?:person|member|man|strong|seat|people)(?![a-z])/i;
/** "the 770-strong workforce", "a 500-person team": the compound says the number counts people. */
const PEOPLE_COMPOUND_AFTER = /^-(?:strong|person|people|member)(?![a-z])/i;
/** Only quotation marks, a dash or a bullet between the number and the start of its sentence. */
const SENTENCE_OPENS = /(?:^|[.!?:;]\s+|\n\s*)["“‘'(\-–—•*\s]*$/;
/**
 * "Seven went to Meta", "Four voted to remove him", "Two have since left": a number word that is
 * its sentence's subject, before what the group did, counts people. Saying something ("Two said")
 * makes them the report's sources, which count nothing.
 */
const ACTS_AS_SUBJECT =
  /^\s+(?:(?:later|also|eventually|then|since|soon|quickly|have|had|has|were|are)\s+){0,2}(?!(?:said|told|added|recalled|described|asked|declined|requested|spoke|talked)\b)(?:went|left|quit|joined|signed|voted|stayed|remain|remained|resigned|departed|defected|followed|moved|walked|returned|took|backed|opposed|stood|kept|(?:made|took)\s+(?:the|that|this|a)\s+(?:call|decision|move)|sent|wrote|chose|[a-z]{3,}ed)\b/;
/** Nothing but spaces and marks: a number word is the whole of its block. */
const ONLY_MARKS = /^[\s"“”'‘’()*•.:!–—-]*$/;
/** A mark that may open a list of names set off after a count ("two, Altman and Brockman,", "Four — A, B…"). */
const LIST_MAY_FOLLOW = /^\s*(?:[,(—–]|\s-\s)/;
/** "C. 500", "CA. 300": a capital letter and a full stop, no circa. */
const CAPITAL_CIRCA = /^(?:C|CA|Ca)\.$/;
/** "since 1872", "founded in 1911": a year before 1900 is a year only where a word of time says so. */
const YEAR_WORD_BEFORE = /\b(?:since|in|from|until|till|founded|established|est\.|circa|ca?\.)\s+$/i;
/**
 * "the 2023 staff letter", "its 2024 employee survey", "Microsoft's 2019 investment": after a determiner
 * a year-shaped number names the year of what follows; a count that size is written "2,023 staff".
 */
const YEAR_MODIFIER_BEFORE =
  /(?:\b(?:a|an|the|this|that|its|their|his|her|our|your|whose)|\p{L}['’]s?)\s+$/iu;
/**
 * "Channel 12", "Gate 5", "Apollo 11": a number right after a capitalised word (not a month, day or
 * a word that opens a clause) names something; it counts nothing.
 */
const NAME_BEFORE_NUMBER = /(?:^|[^\p{L}\p{N}'’.,:;])(\p{Lu}[\p{Ll}]+|\p{Lu}{2,})\s$/u;
const NOT_A_NAME_WORD = new RegExp(
  `^(?:${MONTHS}|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|Its|Their|His|Her|Our|By|In|On|At|Of|For|From|With|To|And|But|Or|Some|About|Around|Roughly|Nearly|Almost|Over|Under|Just|Only|All|Total|Now|Then|Today|Since|Until|After|Before|Between|Among|As|Top|Page|Headcount|Staff|Employees|Directors|Signatories|Signatures|Members|People|Founders|Users|Age|Aged|Seats|Board)$`,
);
/** The end of a question, maybe with an answer's speaker label ("…? Four.", "…? A: Four."). */
const ANSWER_BEFORE = /\?["'’”]?\s+(?:[A-Z][\p{L}.]{0,15}:\s+)?$/u;
/**
 * A question's counted word other than people ("How many calls did the directors make?"): its answer
 * counts the calls. A verb ("how many signed") or a noun of people keeps the answer a count of people.
 */
export const COUNTED_THINGS =
  /\bhow\s+many\s+(?:of\s+(?:the|its|their)\s+)?(?!(?:people|persons|employees|staff(?:ers)?|workers|members|directors|trustees|seats|signatories|signatures|signers|names|newcomers|researchers|engineers|others|ones|does|is|was|has)\b)\p{L}+s\b/iu;
/** How far back the question an answer replies to may open. */
const QUESTION_REACH = 200;
const THINGS_ASKED_BEFORE = new RegExp(`${COUNTED_THINGS.source}[^?]*${ANSWER_BEFORE.source}`, 'iu');
/** A whole answer: nothing after the number but its sentence's end. */
const ANSWER_ALONE_AFTER = /^\s*(?:[.!…]|$)/;
/** "only two are actually new", "three were newcomers": the group a count is said to be is its noun. */
const IS_NEW_AFTER =
  /^\s+(?:are|were|is|was)\s+(?:(?:actually|really|genuinely|truly|entirely|wholly|in\s+fact)\s+)?(?:new|newcomers)\b/i;
/**
 * "the number of newcomers is two", "the count of new directors came to two", "the count of names was put
 * at nearly 500", "the tally of signers reached 650": a count said to be what a
 * group of people numbers takes that group's noun, as "two newcomers" would.
 */
const NUMBER_OF_GROUP_BEFORE = new RegExp(
  String.raw`\b(?:number|count|tally|total)\s+of\s+(?:[\p{L}-]+\s+)?(${PEOPLE_NOUNS})(?:\s+(?:on|in|at)\s+(?:the|its)\s+(?:[\p{L}-]+\s+)?board)?(?:,\s*(?:in\s+fact|though|then|so\s+far|for\s+now|therefore),)?\s+(?:is|was|comes\s+to|came\s+to|stands\s+at|stood\s+at|(?:is|was|has\s+been|had\s+been)\s+(?:put|given|estimated|reported|pegged|placed|reckoned)\s+(?:at|as)|reached|rose\s+to|climbed\s+to|grew\s+to)\s+(?:(?:just|only|actually|in\s+fact|now)\s+)?$`,
  'iu',
);
/**
 * "the newcomers number two", "the signers totalled 738", "its directors came to four", "the new members
 * numbered just two": a group of people as the subject of a verb that gives its size counts that group, as
 * "two newcomers" would. New or fresh members are the newcomers. The group opens with its determiner: in
 * "employees who signed a letter to directors numbered 700" the directors are an object, not the subject.
 */
const GROUP_NUMBERS_BEFORE = new RegExp(
  String.raw`\b(?:the|its|their|those|these|all\s+the|OpenAI['’]s|the\s+board['’]s)\s+(?<fresh>(?:new|fresh|newly\s+added)\s+)?(?<group>${PEOPLE_NOUNS})(?:,\s*[\p{L}\s]{2,24},)?\s+(?:(?:now|then|eventually|finally|in\s+all|in\s+total|together)\s+)?(?:number|numbers|numbered|total|totals|totalled|totaled|came\s+to|comes\s+to|amount\s+to|amounts\s+to|amounted\s+to)\s+(?:(?:just|only|actually|in\s+fact|now|a\s+mere)\s+)?$`,
  'iu',
);
/**
 * "Those four were the directors who decided", "the two are the new members", "Those four are the board
 * members who voted him out": a count said to be the group
 * (with "the", and no word that sets a part apart: "Three were outside directors" is a part) counts that group.
 */
const IS_GROUP_AFTER = new RegExp(
  String.raw`^\s+(?:were|are)\s+the\s+(?<fresh>(?:new|fresh)\s+)?(?:board\s+)?(?<group>${PEOPLE_NOUNS})(?![\p{L}-])`,
  'iu',
);
/** The group a predicate says a count is: the newcomers where the group is new. */
function predicatedGroup(m: RegExpExecArray | null): string | undefined {
  if (!m) return undefined;
  return m.groups!.fresh ? 'newcomers' : m.groups!.group!.toLowerCase();
}
/** "two of those names are new", "two of them are newcomers": a part of a list, said to be new. */
const PART_IS_NEW_AFTER =
  /^\s+of\s+(?:them|those|these|the\s+(?:three|four|five|six|\d+))(?:\s+(?:names|directors|members|people|picks|appointees|faces))?\s+(?:are|were)\s+(?:(?:actually|really|genuinely|truly|entirely|wholly)\s+)?(?:new|newcomers)\b/i;
/**
 * Newcomers in a reporter's idiom: "two new faces", "two new people", "two genuinely fresh faces", "two shiny new faces", "two
 * new arrivals", "two fresh appointees", "two new signings", "two first-timers". ("two new directors" and
 * "two newcomers" are read by their people noun.)
 */
const NEW_FACES_AFTER =
  /^\s+(?:[a-z]+ly\s+|(?:shiny|bright|brand|untested|unfamiliar|genuine|real|true)\s+|brand-)?(?:(?:new|fresh)\s+(?:faces|names|people|arrivals|additions|appointees|appointments|recruits|entrants|signings|hires|picks)|first-timers)(?![a-z])/i;
/** A board's newcomers are a handful: "200 new names" on a letter are signatures, not new directors. */
const NEWCOMERS_AT_MOST = 12;
/**
 * "the newcomer count is two", "the new-director tally came to two": a count said to be the tally of
 * newcomers, as "two newcomers" would be.
 */
const NEWCOMER_TALLY_BEFORE =
  /\b(?:newcomer|new[- ](?:director|member|face|arrival)|fresh[- ]face)s?\s+(?:count|tally|total|number)\s+(?:is|was|comes\s+to|came\s+to|stands\s+at|stood\s+at)\s+(?:(?:just|only|actually|now)\s+)?$/i;
/**
 * "brought in two outsiders", "added two additions": outsiders are newcomers only when they join. "plus
 * three outsiders" on a board of old says only that they had no job at the company.
 */
const JOINING_OUTSIDERS_AFTER = /^\s+(?:outsiders|additions)(?![a-z])/i;
const JOINING_BEFORE =
  /\b(?:brought|brings|bringing|bring|added|adds|adding|add|appointed|appoints|named|names|recruited|welcomed|welcomes|drafted|drafting)\s+(?:in\s+)?(?:just\s+|only\s+)?$/i;
/** "nine seats at most", "500 staff at the very least": a bound written after the number and its noun. */
const BOUND_AFTER = /^(?:[\s-]+[a-z]+){0,2}?,?\s+at\s+(?:the\s+)?(?:very\s+)?(?<bound>most|least)(?![a-z])/i;
const REMAINING_AFTER =
  /^,?\s+(?:still|remain|remains|remained|remaining|are left|were left|stayed|(?:are|were)\s+still)(?![a-z])/i;

/** "650 million monthly users, up from 450 million": the second figure counts the same thing. */
const SAME_UNIT_LINK = /^[^.;!?]{0,40}\b(?:from|to|versus|vs\.?|against|compared with|and|or)\s+$/i;
/** "Anthropic at forty percent and OpenAI at twenty-seven": a parallel pair, the second figure in the first's unit. */
const PARALLEL_LINK =
  /^\s+(?:and|or|versus|vs\.?|against|while|but|with)\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*\s+){1,3}(?:at|on|with|has|had|had\s+about)\s+$/u;
/** "…650 million monthly users; in July the figure was 450 million": so does a figure the sentence refers back to. */
const SAME_FIGURE_LINK =
  /^[^.!?]{0,60}\b(?:the|that|this) (?:figure|number|count|total) (?:was|is|had been|stood at|came to)\s+$/i;

const SCALE_VALUE: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  billion: 1e9,
  bn: 1e9,
  million: 1e6,
  mn: 1e6,
  b: 1e9,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};

/** "a decade" → 10, "half a decade" → 5, "two decades" → 20 (years). */
function decadeYears(wording: string): number | undefined {
  const count = wording
    .toLowerCase()
    .replace(/\s+decades?$/, '')
    .replace(/\s+/g, ' ');
  if (count === 'half a') return 5;
  const n = count === 'a' || count === 'an' ? 1 : parseNumberWords(count);
  return n === undefined ? undefined : n * 10;
}

/** The figure before this one, for a count set against it ("up from 450m"). */
function earlierCount(figures: PageFigure[], text: string, start: number): EarlierCount | undefined {
  const previous = figures.at(-1);
  // Bounded: a figure farther back than a link can span is not read, so no gap is sliced whole.
  if (!previous || start - previous.end > LINK_REACH) return undefined;
  return { unit: previous.unit, value: previous.value, between: text.slice(previous.end, start) };
}

/**
 * Where a value's unit runs straight into the next item's text: "$28bnNov 2023", "40%OpenAI", "66%700".
 * A chart's bars or a strip's items are separate elements whose text joins with no space between them;
 * a unit followed at once by a capital or a digit ends one item and opens the next.
 */
const GLUED_ITEM = /\d(?:%|bn|tn|mn)(?=[A-Z\d])/g;

/** Every figure in `text` that reads as a quantity: not dates, times, years, ordinals or model names. */
export function findFigures(text: string): PageFigure[] {
  if (text.search(GLUED_ITEM) >= 0) return gluedItemFigures(text);
  return figuresOf(text);
}

/** The figures of each item of a line whose items run together, each read on its own. */
function gluedItemFigures(text: string): PageFigure[] {
  const figures: PageFigure[] = [];
  let from = 0;
  for (const m of eachMatch(GLUED_ITEM, text)) {
    const to = m.index + m[0].length;
    figures.push(...shifted(figuresOf(text.slice(from, to)), from));
    from = to;
  }
  figures.push(...shifted(figuresOf(text.slice(from)), from));
  return figures;
}

/** The item of a line whose items run together that holds `at` ("Nov 2023 · $86bn"), or undefined in any other line. */
export function gluedItemAround(text: string, at: number): { start: number; end: number } | undefined {
  let start = 0;
  let glued = false;
  for (const m of eachMatch(GLUED_ITEM, text)) {
    glued = true;
    const end = m.index + m[0].length;
    if (at < end) return { start, end };
    start = end;
  }
  return glued ? { start, end: text.length } : undefined;
}

const shifted = (figures: PageFigure[], by: number): PageFigure[] =>
  by
    ? figures.map((f) => ({
        ...f,
        start: f.start + by,
        end: f.end + by,
        ...(f.whole ? { whole: { start: f.whole.start + by, end: f.whole.end + by } } : {}),
      }))
    : figures;

function figuresOf(text: string): PageFigure[] {
  const figures: PageFigure[] = [];
  // "Read also: Three Jakarta unicorns trim staff": another story's headline, or an ad.
  if (opensAsInsert(text)) return figures;
  let inNoise: ((start: number, end: number) => boolean) | undefined;
  // The end of a proportion read whole ("nine in ten"): its "ten" is no figure of its own.
  let readTo = 0;
  for (const m of eachMatch(FIGURE, text)) {
    if (m.index < readTo) continue;
    const g = m.groups!;
    let start = m.index;
    // "Vitamin C. 500 people": FIGURE reads case-blind, but only lower-case "c."/"ca." abbreviate circa.
    if (g.qual && CAPITAL_CIRCA.test(g.qual)) {
      start += m[0].search(/\s[^\s]/) + 1;
      delete g.qual;
    }
    let end = m.index + m[0].length;
    // Phone numbers, slash dates, counters and addresses are read once per block, and only where a figure is found.
    if (g.digits && (inNoise ??= noiseOf(text))(start, end - (g.plus === '+' ? 1 : 0))) continue;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 40);

    let value = g.digits
      ? Number(g.digits.replace(/,/g, ''))
      : g.decade
        ? decadeYears(g.decade)
        : parseNumberWords(g.words ?? '');
    if (value === undefined || !Number.isFinite(value)) continue;
    // "several thousand", "hundreds": a scale word with no number before it says only that there are many.
    if (g.words && /^(?:hundred|thousand|million|billion)\b/i.test(g.words)) continue;
    // "m"/"k"/"b" only scale money: "$13B" is thirteen billion dollars, but "10 m" of cable is not a figure here.
    // "msft put 13B into this company", "the 13B investment": money with its sign left off, as posts write it.
    const unsignedMoney =
      !!g.scale &&
      !g.cur &&
      !g.curWord &&
      !g.pct &&
      /^(?:b|bn|billion|tn|trillion)$/i.test(g.scale) &&
      (MONEY_WORDS_AFTER.test(after) || MONEY_VERB_BEFORE.test(before));
    if (
      g.scale &&
      (g.cur ||
        unsignedMoney ||
        g.scale.length > 2 ||
        g.scale === 'bn' ||
        g.scale === 'mn' ||
        g.scale === 'tn')
    ) {
      value *= SCALE_VALUE[g.scale.toLowerCase()]!;
    } else if (g.scale && scalesCount(g.scale, after, earlierCount(figures, text, start))) {
      // "650m monthly users, up from 450m": a letter scale on a count (countScale.ts).
      value *= SCALE_VALUE[g.scale.toLowerCase()]!;
    } else if (g.scale) {
      continue;
    }

    if (CITATION_AFTER.test(after) || (g.digits && REFERENCE_BEFORE.test(before))) continue;
    // "three-quarters of staff", "two-thirds": a fraction, not a count of three or two.
    if (FRACTION_AFTER.test(after)) continue;
    // "8 out of 10!", "scored 4/5", "a 9 out of 10": a score or a rating, nothing counted (its whole is no figure either).
    const score = !g.cur && !g.pct && !g.scale ? SCORE_AFTER.exec(after) : null;
    if (score) {
      readTo = end + score[0].length;
      continue;
    }
    const proportion =
      !g.cur && !g.curWord && !g.pct && !g.scale && !g.plus && !g.decade
        ? PROPORTION_AFTER.exec(after)
        : null;
    const whole = proportion
      ? (PROPORTION_OF[proportion.groups!.of!.toLowerCase().replace(/\s+/g, ' ')] ??
        Number(proportion.groups!.of))
      : undefined;
    if (whole !== undefined && value >= 1 && value < whole) {
      value = (100 * value) / whole;
      end += proportion![0].length;
      readTo = end;
    }
    const isProportion = readTo === end;
    const listNumber =
      !!g.digits &&
      LIST_NUMBER_AFTER.test(after) &&
      (LIST_NUMBER.test(text.slice(0, start)) || inRunningList(text, Number(g.digits), after));
    const noun =
      // "490 members of staff" are staff, not members of a board.
      (MEMBERS_OF_STAFF_AFTER.test(after) || STAFF_MEMBERS_AFTER.test(after) ? 'staff' : undefined) ??
      (FOUNDING_MEMBERS_AFTER.test(after) ? 'founders' : undefined) ??
      // "two genuinely new faces", "two new names", "brought in two outsiders": people new to a group, read
      // before the noun alone ("names" would count signatures).
      ((value < NEWCOMERS_AT_MOST && NEW_FACES_AFTER.test(after)) ||
      (JOINING_OUTSIDERS_AFTER.test(after) && JOINING_BEFORE.test(before)) ||
      NEWCOMER_TALLY_BEFORE.test(text.slice(Math.max(0, start - 60), start))
        ? 'newcomers'
        : undefined) ??
      countedHead(after, value) ??
      // "two of the three are new", "two of those three": the three are the whole, not the new ones.
      (IS_NEW_AFTER.test(after) && !/\bof\s+(?:the\s+|those\s+|these\s+)?$/i.test(before)
        ? 'newcomers'
        : undefined) ??
      // "Only two of those names are new": the part said to be new.
      (PART_IS_NEW_AFTER.test(after) ? 'newcomers' : undefined) ??
      NUMBER_OF_GROUP_BEFORE.exec(text.slice(Math.max(0, start - 80), start))?.[1]?.toLowerCase() ??
      predicatedGroup(GROUP_NUMBERS_BEFORE.exec(text.slice(Math.max(0, start - 60), start))) ??
      predicatedGroup(IS_GROUP_AFTER.exec(after));
    if (noun && DURATION.test(noun)) continue;
    // "Two years ago, the board fired him": a point in time, not a span anyone spent.
    if (POINT_IN_TIME_AFTER.test(after)) continue;
    // "2 thoughts", "12 cities": a plain count of something no claim counts keeps that noun.
    // After "a board of", the word that follows is the group's verb ("a board of four removes him"), not what it counts.
    const counted =
      noun ??
      (!g.cur && !g.pct && !g.scale && !GROUP_OF_BEFORE.test(before)
        ? OTHER_PLURAL.exec(after)?.[1]?.toLowerCase()
        : undefined);
    const bare =
      !isProportion && !!g.digits && !g.qual && !g.cur && !g.tilde && !g.pct && !g.scale && !g.plus;
    const ageLike = bare && value >= 16 && value < 100;
    // "Jaden, 14, Ohio:", "Maya, 12, said": a younger age set off by commas after a name, as a reader or a child is introduced.
    const youngAge =
      bare &&
      value >= 10 &&
      value < 16 &&
      /^,\s/.test(after) &&
      /[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]+,\s$/.test(before) &&
      !NOT_A_NAME.test(before);
    // "Bret Taylor, forty-three, a…", "Summers is sixty-eight": an age in words, where the form says age.
    const ageInWords =
      !isProportion &&
      !!g.words &&
      !g.qual &&
      !g.cur &&
      !g.pct &&
      !g.scale &&
      !g.plus &&
      value >= 16 &&
      value < 100;
    // "Sam Altman, just 38,", "who's only 38": the age read past a hedge before it (ageHedge.ts).
    const ageBefore = withoutAgeHedge(before);
    const isAge =
      youngAge ||
      AGE_AFTER.test(after) ||
      (bare && AGED_BEFORE.test(before)) ||
      ((ageLike || ageInWords) &&
        (AGE_CLOSE.test(after) || AGE_WHEN_CLOSE.test(after)) &&
        AGE_NAME_COMMA.test(ageBefore) &&
        !NOT_A_NAME.test(ageBefore)) ||
      ((ageLike || ageInWords) &&
        AGE_DESCRIPTION_CLOSE.test(after) &&
        AGE_DESCRIPTION_COMMA.test(withoutAgeHedge(text.slice(Math.max(0, start - 60), start)))) ||
      ((ageLike || ageInWords) && IS_AGE_BEFORE.test(ageBefore) && AGE_WORDS_CLOSE.test(after)) ||
      ((ageLike || ageInWords) && IS_AGE_CONTRACTED_BEFORE.test(ageBefore) && CLAUSE_CLOSE.test(after)) ||
      (ageLike &&
        (AGE_WORDS_BEFORE.test(before) || AGE_WORDS_BEFORE.test(ageBefore)) &&
        AGE_WORDS_CLOSE.test(after)) ||
      (ageLike && AGE_PAREN_BEFORE.test(before) && /^\)/.test(after)) ||
      (ageLike && AT_AGE_BEFORE.test(before) && AT_AGE_AFTER.test(after)) ||
      (ageLike && SENTENCE_OPENS_BEFORE.test(before) && AGE_AT_DATE_AFTER.test(after));

    const plain = !g.cur && !g.curWord && !g.scale && !g.pct && !g.plus;
    if (plain && g.digits) {
      if (
        DATE_BEFORE.test(before) ||
        DATE_AFTER.test(after) ||
        DATE_RANGE_BEFORE.test(before) ||
        DATE_RANGE_AFTER.test(after) ||
        TIME_AFTER.test(after) ||
        ORDINAL_AFTER.test(after)
      )
        continue;
      // A year, unless it counts something ("2,000 employees").
      if (/^(19|20)\d\d$/.test(g.digits) && !noun) continue;
      // "built c. 1850": the word of time may be the qualifier the figure's wording now holds.
      const beforeDigits = text.slice(Math.max(0, start - 24), m.index + m[0].indexOf(g.digits));
      if (/^1\d\d\d$/.test(g.digits) && !noun && YEAR_WORD_BEFORE.test(beforeDigits)) continue;
      if (/^(19|20)\d\d$/.test(g.digits) && !g.qual && YEAR_MODIFIER_BEFORE.test(before)) continue;
      // "Channel 12", "Terminal 5": part of a name.
      const named = NAME_BEFORE_NUMBER.exec(text.slice(Math.max(0, start - 30), start));
      if (named && !NOT_A_NAME_WORD.test(named[1]!) && !noun) continue;
    }
    // "one of the directors" is not a figure: small word numbers need a noun, a qualifier or a scale,
    // or count a part ("two of the original 11 founders", "seven of them").
    // "just two, Altman and Brockman, are still there": the clause goes on past the names it counts (appositiveList.ts).
    const pastNames =
      g.words && value <= 12 && LIST_MAY_FOLLOW.test(after)
        ? withoutAppositiveList(text.slice(end, end + 160), value)
        : after;
    const partOf = PART_OF.test(after) || REMAINING_AFTER.test(pastNames);
    const boundAfter = g.qual || g.bound ? undefined : BOUND_AFTER.exec(after)?.groups?.bound?.toLowerCase();
    const countsGroup =
      GROUP_OF_BEFORE.test(before) ||
      GROUP_TO_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
      // "the two" is the pair the page named as a rule (Altman and Brockman), not a count.
      // "Of those three, only two are new": a fronted whole is no count of its own (frontedWhole.ts).
      (value > 2 &&
        DEFINITE_GROUP_BEFORE.test(before) &&
        (DEFINITE_GROUP_AFTER.test(after) ||
          (DEFINITE_GROUP_ACTS_AFTER.test(after) &&
            !restatesCountInSentence(text, start, text.slice(start, end)))) &&
        !isFrontedWhole(text.slice(Math.max(0, start - 40), start), after) &&
        // "Microsoft named four partners. Among the four was Nvidia" restates partners (restatedGroup.ts).
        !restatesCountOfThings(text, start, text.slice(start, end))) ||
      labelValueAt(text, start, end) ||
      GROUP_COMPOUND_AFTER.test(after) ||
      (!!g.words && SENTENCE_OPENS.test(text.slice(0, start)) && ACTS_AS_SUBJECT.test(pastNames)) ||
      // "It was seven, not eight": a correction's count, set against the one it replaces.
      (!!g.words && CORRECTED_COUNT_AFTER.test(after)) ||
      // "Four" | "board members who voted to oust Altman": a number word alone in its block is a value
      // as "4" would be, whose caption says what it counts (valueCaption.ts).
      (!!g.words && value > 1 && ONLY_MARKS.test(text.slice(0, start)) && ONLY_MARKS.test(text.slice(end))) ||
      // "How many people made that call? Four.", "…did it take? A: Three!": a number word that is the whole
      // answer to the question before it counts what the question asks about.
      (!!g.words &&
        value > 1 &&
        ANSWER_BEFORE.test(before) &&
        ANSWER_ALONE_AFTER.test(after) &&
        !THINGS_ASKED_BEFORE.test(text.slice(Math.max(0, start - QUESTION_REACH), start)));
    if (
      g.words &&
      !isProportion &&
      value < 12 &&
      ((partOf && value < 2) ||
        (!partOf &&
          !countsGroup &&
          !noun &&
          !g.qual &&
          !boundAfter &&
          !g.scale &&
          !g.pct &&
          !g.curWord &&
          !isAge))
    )
      continue;

    let unit: FigureUnit = 'count';
    const currencyWord = g.curWord?.trim().toLowerCase();
    if (unsignedMoney) unit = 'usd';
    else if (g.cur) unit = g.cur === '€' ? 'eur' : g.cur === '£' ? 'gbp' : 'usd';
    else if (currencyWord)
      unit = currencyWord.includes('dollar') ? 'usd' : currencyWord === 'euros' ? 'eur' : 'gbp';
    else if (g.pct || isProportion) unit = 'percent';
    else if (isAge || g.decade || noun === 'years' || noun === 'year') unit = 'years';
    else if (noun === 'months' || noun === 'month') unit = 'months';
    else if (noun === 'users' || noun === 'monthly users') unit = 'users';
    else if (noun || (!g.cur && !g.pct && !g.scale && PEOPLE_COMPOUND_AFTER.test(after))) unit = 'people';
    const previous = figures.at(-1);
    if (
      unit === 'count' &&
      previous &&
      previous.unit !== 'count' &&
      (SAME_UNIT_LINK.test(text.slice(previous.end, start)) ||
        PARALLEL_LINK.test(text.slice(previous.end, start)) ||
        SAME_FIGURE_LINK.test(text.slice(previous.end, start)))
    ) {
      unit = previous.unit;
    }

    const qualifier: Qualifier =
      g.plus || g.over || g.andMore
        ? 'more-than'
        : g.qual
          ? (QUALIFIER_OF.get(g.qual.toLowerCase().replace(/\s+/g, ' ')) ?? 'exact')
          : g.tilde || g.approx
            ? 'about'
            : g.bound
              ? /more|over|above/i.test(g.bound)
                ? 'at-least'
                : 'up-to'
              : boundAfter
                ? boundAfter === 'most'
                  ? 'up-to'
                  : 'at-least'
                : 'exact';
    figures.push({
      start,
      end,
      value,
      unit,
      qualifier,
      wording: text.slice(start, end),
      isAge,
      ...figureRange(value, qualifier),
      ...(counted ? { noun: counted } : {}),
      ...(partOf ? { partOf } : {}),
      ...(listNumber ? { listNumber } : {}),
    });
  }
  return withSharesOfAll(text, figures);
}
