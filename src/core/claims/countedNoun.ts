import type { PageFigure } from '../figures/parseFigure.ts';
import type { Span } from '../text/splitSentences.ts';
import { namesReportPart } from './reportPartLabel.ts';

/*
 * What a count counts. A number is a claim's count only when what it counts is the claim's thing;
 * a cue word nearby ("board", "founders", "letter") does not make a page number, a step, a
 * score or a checklist's points a count of directors (a citation's numbers are page furniture, read
 * before: see pageNoise). These rules find the counts
 * whose own words say they count something else, or number something rather than count it.
 */

/**
 * Words that number a place in a document, a building, a series or a sequence ("page 12", "Step 1
 * of 4", "Card 7 of 10", "Exhibit 4", "Object 42 of 118", "Issue #418", "salary band 4", "room 12").
 */
const PLACE_WORD =
  '(?:page|pp?\\.|chapter|ch\\.|section|§|¶|step|card|slide|figure|figs?\\.|table|exhibit|chart|graph|appendix|annex|note|footnote|endnote|item|question|part|episode|eps?\\.|issue|vols?\\.|volume|edition|lesson|module|object|case|paragraph|paras?\\.|clause|article|art\\.|rule|line|verse|track|photo|image|picture|video|level|stage|phase|tier|nos?\\.|refs?\\.|reference|entry|row|column|box|map|plate|disclosure|quiz|round|band|room|floor|suite|unit|ext\\.|extension|platform|bay|gate|lane|route|zone|batch|wave|heat|leg|draft|revision|release|version|v\\.|season|series|week|day)';
/**
 * Their plurals number places only in a list or a range ("figures 2 and 3", "pages 45–78", "notes
 * 14 to 16"): "the report notes 505 signatures" is a verb.
 */
const PLACE_WORDS =
  '(?:pages|chapters|sections|steps|cards|slides|figures|tables|exhibits|charts|graphs|appendices|annexes|notes|footnotes|endnotes|items|questions|parts|episodes|issues|volumes|editions|lessons|modules|objects|cases|paragraphs|clauses|articles|rules|lines|verses|tracks|photos|images|pictures|videos|levels|stages|phases|references|entries|rows|columns|boxes|maps|plates|disclosures|rounds)';
/**
 * A place is numbered without a determiner ("see page 12", "in chapter 3"): "in this release 505
 * employees", "by the next draft 700 staff", "the figure 505" are no places.
 */
const NO_DETERMINER =
  '(?<!\\b(?:the|this|that|these|those|each|every|which|what|any|its|their|our|his|her|a|an|both|same|latest|new|official|next|last|first|final|previous|earlier|later)\\s)';
/** What joins numbers of one list or range: "2 and 3", "45–78", "14 to 16", "1 of 4". */
const JOINT = '\\s*(?:,|and|or|to|&|–|-|—|through)\\s*#?';
/** The joint right before the number itself: not a comma ("on page 4, 505 staff signed"). */
const LAST_JOINT = '\\s*(?:and|or|to|&|–|-|—|through)\\s*#?';
const NUMBER = '\\d[\\d,.]*';
/**
 * "Small correction on 4, Danielle", "Quibble with #3:", "Re 2)": a reply pointing at a numbered item of the
 * post it answers. The number names the item, then the reply goes on; a count would be followed by its noun.
 */
const ITEM_POINTED_BEFORE =
  /\b(?:correction|quibble|note|comment|question|addendum|nitpick|pushback|disagreement|point|agree|disagree|re:?)\s+(?:(?:on|to|about|with|re:?|for)\s+)?(?:item\s+|point\s+|number\s+|no\.\s*)?#?$/i;
const ITEM_POINTED_AFTER = /^\s*(?:[,:;)]|$)/;
/** The number right after a place word, or joined to one ("pages 45–78", "Step 1 of 4"). */
const PLACE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])${NO_DETERMINER}(?:${PLACE_WORD}\\s*#?\\s*(?:${NUMBER}(?:${JOINT}${NUMBER})*(?:${LAST_JOINT}|\\s+(?:out\\s+)?of\\s+))?|${PLACE_WORDS}\\s*#?\\s*${NUMBER}(?:${JOINT}${NUMBER})*${LAST_JOINT})$`,
  'iu',
);
/** The first number of a list or range after a plural place word ("figures 2 and 3": the 2). */
const PLURAL_PLACE_BEFORE = new RegExp(`(?:^|[^\\p{L}])${NO_DETERMINER}${PLACE_WORDS}\\s*#?\\s*$`, 'iu');
const JOINED_AFTER = new RegExp(`^${LAST_JOINT}\\d`);

/** "26/03", "8/10", "3/10": a number joined to another by a slash is a score, a code or a date, never a count. */
const SLASHED_BEFORE = /\d\s*\/\s*$/;

/** "£400–600", "$20-30bn", "5–7%": the far end of a range of money or shares is money or a share too. */
const MONEY_RANGE_BEFORE =
  /(?:[$£€]\s?\d[\d,.]*\s*(?:bn|m|k|million|billion|trillion)?|\d\s*(?:%|per\s?cent|percent))[–-]$/i;

/** "You scored 4", "rated 8", "ranked 3", "risk score 3 of 5": a score or a rank, and its scale, not a count. */
const SCORE_BEFORE =
  /\b(?:scored?|scores|scoring|rated|rating|ranked|ranking|ranks?|graded?)\s+(?:a\s+|an\s+|just\s+|only\s+)?(?:\d[\d.]*\s+(?:out\s+)?of\s+)?$/i;

/** "Score: board 1, founders 2", "Our verdict: the board 3": a number in a score's label is a score. */
const SCORE_LABEL_BEFORE = /\b(?:score|scores|scoreline|scorecard|verdict|ratings?|grades?)\s*:[^.;:!?]*$/i;

/**
 * "Members 1–4 of the board voted", "disclosures 1–9": a small range right after a plural noun
 * numbers those things; a count comes before its noun.
 */
const NUMBERING_RANGE_BEFORE = /(?:^|[^\p{L}])\p{L}{3,}s\s+$/u;
const NUMBERING_RANGE_AFTER = /^[–-](\d{1,3})(?!\d)/;
/** The most a numbering range starts at ("items 1–4", "rows 12–15"). */
const NUMBERING_START_MAX = 20;
/** The most a numbering range ends at. */
const NUMBERING_END_MAX = 100;

/** "03", "007": a number written with a leading zero is a code. */
const LEADING_ZERO = /^0\d/;

/** "18 pp.", "3 MB", "10 cm", "5 × 8": a unit's abbreviation after the number says what it measures. */
const UNIT_AFTER =
  /^\s*(?:pp?\.(?!\s?m\b)|(?:KB|MB|GB|TB|kb|mb|gb|cm|mm|km|kg|lbs?|oz|ft|mph|kph|px|pts?|fps|GHz|MHz|kHz|Hz)(?![\p{L}\p{N}])|°|×)/u;

/**
 * Things a page counts that are never people: "5 things to know", "12 points", "2 of 5 free
 * articles", "at least one report", "a 12-point checklist". The noun may come after a few words of description.
 */
const FURNITURE_NOUNS =
  '(?:pages?|chapters?|steps?|cards?|slides?|tables?|exhibits?|charts?|points?|stars?|times?|issues?|notes?|citations?|footnotes?|comments?|replies|articles?|stories|story|reports?|write-ups?|headlines?|things?|reasons?|ways?|tips?|questions?|answers?|takeaways?|lessons?|facts?|photos?|pictures?|images?|videos?|episodes?|items?|entries|minutes?|mins?|hours?|days?|weeks?|words?|lines?|paragraphs?|slides?|links?|downloads?|views?|likes?|shares?|upvotes?|reviews?|ratings?|stops?|sessions?|talks?|tickets?|games?|rounds?|holes?|laps?|goals?|weekends?|nights?|mornings?|afternoons?|evenings?|quarters?|copies|books?|films?|drafts?|versions?|revisions?|titles?)';
/** Words of description between a count and its noun ("5 free articles"): not a preposition, a verb or an article ("505 within hours"). */
const DESCRIBING =
  '(?:(?!(?:in|on|at|of|for|to|by|within|over|after|before|from|with|into|and|or|but|the|a|an|had|have|has|were|are|was|is|be|been|more|than|per|each|every|last|next|this|that|these|those|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen|few|several|many|some|couple|same|other)\\s)(?![\\p{Ll}-]+ed\\s)[\\p{Ll}-]+\\s+)';
const FURNITURE_AFTER = new RegExp(`^\\s+${DESCRIBING}{0,2}?${FURNITURE_NOUNS}(?![\\p{L}])`, 'u');
/** "1,204 Comments", "812 Likes", "3 Replies": an interface's counter names its noun in title case. */
const FURNITURE_TITLE_AFTER = new RegExp(`^\\s+${FURNITURE_NOUNS}(?![\\p{L}])`, 'iu');
/**
 * "👍 812", "❤️ 340", "💬 97": a number right after a pictograph is a reaction's or a reply's counter,
 * where nothing after it says what it counts.
 */
const PICTOGRAPH_BEFORE = /\p{Extended_Pictographic}\uFE0F?\s*$/u;
const NOTHING_AFTER = /^\s*(?:[·•|,;]|$)/;

/** "2 of 5 free articles", "3 out of 10 stars": the part counts what the whole counts. */
const PART_OF_FURNITURE_AFTER = new RegExp(
  `^\\s+(?:out\\s+)?of\\s+(?:the\\s+)?\\d[\\d,.]*\\s+${DESCRIBING}{0,2}?${FURNITURE_NOUNS}(?![\\p{L}])`,
  'u',
);

/**
 * "a 12-point checklist", "a 10-page report", "a five-step plan": a number compounded with a noun
 * counts that noun, unless the noun is people ("a three-person board", "the 770-strong staff",
 * "700-plus", "11-member").
 */
const COMPOUND_AFTER =
  /^-(?!(?:persons?|people|members?|man|men|women|woman|strong|seats?|seater|plus|odd|some|ish|year|years|month|months|directors?|founders?|employees?|staff|staffers?|workers?|researchers?|engineers?|executives?|signatures?|signatory|signatories|signers?|names?|votes?|newcomers?|leavers?|hires?)(?![\p{L}]))\p{L}/u;

/**
 * "outages (3 in November)", "Comments (3)", "stars (2,318)": a number opening brackets after a
 * plural noun counts that noun. People are the claims' nouns ("signatories (505)").
 */
const BRACKETED_AFTER_NOUN = /(?:^|[^\p{L}])(\p{L}{3,}s)\s*\(\s*$/u;
const PEOPLE_PLURALS =
  /^(?:employees|staffers|workers|people|persons|researchers|executives|engineers|members|directors|signatories|signatures|signees|signers|co-signers|cosigners|names|founders|co-founders|cofounders|newcomers|leavers|departures|exits|hires|recruits|defections|defectors|resignations|backers|investors|users|insiders|sources|seats|votes)$/i;

/**
 * "the index lists 214 names", "a bibliography of 300 names": names in a book or a list of
 * references are not names on the staff letter.
 */
const NAMES_ELSEWHERE =
  /\b(?:index|indexes|indices|bibliography|credits|directory|database|glossary|appendix|phone\s+book|register|guest\s+list|cast\s+list|chapter|book)\b/i;
const SIGNING_WORDS = /\b(?:letter|petition|sign\w*|signatures?|signatories)\b/i;

/**
 * "Signed copies left: 14", "Pages in the filing: 86": a label whose words name furniture, and none
 * of the claims' people, says its value counts that furniture.
 */
/** The value closes its label's clause ("Signed copies left: 14."), not "Stat card: 505 | signatures". */
const VALUE_CLOSES = /^\s*(?:[.;,)]|$)/;
const LABEL_TEXT_BEFORE = /(?:^|[.;!?|•·]\s+)([^.;:!?|•·\n]{2,60}):\s*$/u;
const FURNITURE_WORD = new RegExp(`(?:^|[^\\p{L}])${FURNITURE_NOUNS}(?![\\p{L}])`, 'iu');
const PEOPLE_WORD =
  /\b(?:employees?|staff\w*|workers?|people|signatures?|signatories|signers?|names|directors?|members?|board|founders?|co-founders?|founding|team|headcount|workforce|payroll|researchers?|executives?|newcomers?|seats?|letter|petition)\b/i;

/**
 * "founders under 40", "workers over 50": an age bracket after the people it describes, not a count of
 * them. Its bound is an age: "signatures above 700", "signers over 700" count the people.
 */
const AGE_BRACKET = /^(?:under|over|below|above)\s/i;
const OLDEST_AGE = 120;
const PEOPLE_PLURAL_BEFORE = /\b\p{L}{3,}s\s+$/u;

/** "the 49 one", "the 505 ones": a version, a report, a headline named by its number, not a count. */
const NAMES_A_THING_AFTER =
  /^\s+ones?(?![\w-])(?!\s+(?:day|hour|week|month|year|morning|afternoon|evening|night|minute|moment)\b)/;

/** How far around a count its own words are read. */
const REACH = 60;

/**
 * The count's own words say it counts something no figure claim counts, or number something
 * rather than count it. Reads only a few dozen characters around the figure.
 */
/**
 * "Black Friday TV deals: 11 we'd actually buy", "Stocks: 5 to watch", "3 you may have missed": a
 * listicle's count of its own items, a promo headline's, counted by what the reader or writer does to them.
 */
const LISTICLE_AFTER =
  /^\s+(?:(?:we|you|I)(?:['’](?:d|ll|ve|re))?\s+(?:\p{Ll}+\s+)?(?:buy|love|like|recommend|tried|tested|rate|use|want|need|missed|may\s+have\s+missed|should|must|can['’]t)|to\s+(?:watch|buy|read|try|know|see|avoid|follow|consider|skip|stream|shop)\b)/iu;
const LISTICLE_OPENS_BEFORE = /(?:^|[:|•·]\s*)$/;

export function countsOtherThing(text: string, figure: PageFigure, span: Span): boolean {
  if (figure.isAge || (figure.unit !== 'count' && figure.unit !== 'people')) return false;
  const before = text.slice(Math.max(0, figure.start - REACH), figure.start);
  const after = text.slice(figure.end, figure.end + REACH);
  // A number that labels a place numbers it, whatever words follow ("Figures 6 and 7 show staff turnover").
  if (
    LEADING_ZERO.test(figure.wording) ||
    PLACE_BEFORE.test(before) ||
    (PLURAL_PLACE_BEFORE.test(before) && JOINED_AFTER.test(after)) ||
    SLASHED_BEFORE.test(before) ||
    MONEY_RANGE_BEFORE.test(before) ||
    SCORE_BEFORE.test(before) ||
    SCORE_LABEL_BEFORE.test(before) ||
    (furnitureLabel(before) && VALUE_CLOSES.test(after)) ||
    (AGE_BRACKET.test(figure.wording) && figure.value <= OLDEST_AGE && PEOPLE_PLURAL_BEFORE.test(before)) ||
    numberingRange(figure, before, after) ||
    (/^\d+$/.test(figure.wording) && ITEM_POINTED_BEFORE.test(before) && ITEM_POINTED_AFTER.test(after))
  )
    return true;
  if (figure.noun === 'names') {
    // Only a count of names reads its whole sentence.
    const sentence = text.slice(span.start, span.end);
    return NAMES_ELSEWHERE.test(sentence) && !SIGNING_WORDS.test(sentence);
  }
  if (figure.noun) return false;
  return (
    (LISTICLE_OPENS_BEFORE.test(text.slice(span.start, figure.start)) && LISTICLE_AFTER.test(after)) ||
    UNIT_AFTER.test(after) ||
    FURNITURE_AFTER.test(after) ||
    FURNITURE_TITLE_AFTER.test(after) ||
    (PICTOGRAPH_BEFORE.test(before) && NOTHING_AFTER.test(after)) ||
    PART_OF_FURNITURE_AFTER.test(after) ||
    COMPOUND_AFTER.test(after) ||
    NAMES_A_THING_AFTER.test(after) ||
    bracketedAfterOtherNoun(before)
  );
}

/** What BRACKETED_AFTER_NOUN ends with: most counts have no bracket before them, and its letter classes are costly to compile. */
const OPENS_BRACKET = /\(\s*$/;

function bracketedAfterOtherNoun(before: string): boolean {
  if (!OPENS_BRACKET.test(before)) return false;
  const noun = BRACKETED_AFTER_NOUN.exec(before)?.[1];
  return noun !== undefined && !PEOPLE_PLURALS.test(noun);
}

/** "Members 1–4", "disclosures 1–9": the start of a small range right after a plural noun. */
function numberingRange(figure: PageFigure, before: string, after: string): boolean {
  if (figure.value > NUMBERING_START_MAX || !NUMBERING_RANGE_BEFORE.test(before)) return false;
  const end = NUMBERING_RANGE_AFTER.exec(after);
  return end !== null && Number(end[1]) > figure.value && Number(end[1]) <= NUMBERING_END_MAX;
}

/** The label the count is the value of names furniture and none of the claims' people. */
function furnitureLabel(before: string): boolean {
  const label = LABEL_TEXT_BEFORE.exec(before)?.[1];
  // "Body of the story: 490": where the value was given, not a count of stories (reportPartLabel.ts).
  return (
    label !== undefined && FURNITURE_WORD.test(label) && !PEOPLE_WORD.test(label) && !namesReportPart(label)
  );
}
