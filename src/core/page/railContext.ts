/**
 * Page furniture that states no claim: a rail of related links ("Read also", "More on this story"),
 * a reference list ("Notes", "Sources") and a hatnote ("For other uses, see…", "Main article: …").
 * Their lines are titles of other pages, cited or linked, not what this page reports. Names in them
 * stay marked; statements and figures do not.
 */

import { isIrregularPast } from '../text/inflectVerb.ts';
import { isCutTeaser, isItemPostedLine } from './feedItemLine.ts';

/** The headings of a rail of links (not "Latest": a live blog's updates are the story). */
const LINKS_HEADING =
  /^\W*(?:(?:read|watch)\s+(?:also|more|next)|also\s+(?:read|see|watch)|more\s+(?:on|about)\s+(?:this|the|that)\s+(?:story|topic|subject|issue)|more\s+(?:from|stories|news)\b.{0,40}|(?:most\s+(?:read|popular|viewed|shared|watched|commented|emailed|e-mailed)(?:\s+(?:today|now|this\s+week|stories|articles))?|(?:popular|trending)\s+(?:now|today|this\s+week|stories|articles)|top\s+stories|latest\s+(?:news|stories|headlines|articles)|trending(?:\s+now)?|popular)(?:(?:\s+(?:in|on|from|at)\s+|\s*[:|–—]\s*)(?:the\s+)?[\p{L}&'’.-]+(?:\s+[\p{L}&'’.-]+){0,2})?|read\s+(?:the|our)\s+(?:full\s+|original\s+|latest\s+)?(?:story|article|report|coverage|explainer)|related(?:\s+(?:stories|articles|coverage|reading|links|content|news|posts|videos))?(?:\s+(?:on|from|at)\s+.{1,40})?|recommended(?:\s+(?:for\s+you|reading|stories|articles))?|you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy)|editor['’]s\s+picks?|from\s+the\s+archives?)\W*$/iu;

/**
 * A rail headed by the section or outlet its links come from: "More in Opinion", "Also in Technology",
 * "Elsewhere in Business", "More from The Verge", "More on OpenAI", "Latest in Tech" (a live blog's
 * "Latest updates" names no section). The section is a name (capitalised
 * words), so running text that opens the same way ("More in common than…") is no heading. Case-sensitive
 * on purpose: the name's capitals are the evidence.
 */
const SECTION_RAIL_HEADING =
  /^\W*(?:More|MORE|Also|ALSO|Elsewhere|ELSEWHERE|Latest|LATEST)\s+(?:in|from|on|at|IN|FROM|ON|AT)\s+(?:the\s+|The\s+|THE\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:&|and|\p{Lu}[\p{L}\p{N}'’.&-]*)){0,3}\W*$/u;
/** A desk every outlet has, in any case: the name of a section a rail points to. */
const SECTION_NAMES = [
  'opinion|opinions|comment|business|tech|technology|politics|world|sports?|markets?|science|culture',
  'health|money|lifestyle|entertainment|analysis|columns?|columnists|features|reviews|videos?|podcasts?',
  'local|national|climate|economy|finance|media|travel|arts|books|food|style|companies|careers',
  'education|environment|weather|investigations|newsletters|editorials|letters|top\\s+stories',
].join('|');
/**
 * "More Opinion", "More business news", "MORE TECH STORIES", "More from Markets", "More AI coverage": a
 * rail headed by "More" and the kind of page its links are. Either a section's name, or a noun of linked
 * pages ("news", "stories", "coverage", "headlines", "videos"…) after at most two desk words. A
 * subheading of the story or a live blog's divider opens the same way with a story's own words ("More
 * cuts to come", "More bad news", "More updates", "More staff posts"), which name no section: it stays the
 * story's.
 */
const MORE_RAIL_HEADING = new RegExp(
  `^\\W*more\\s+(?:(?:${SECTION_NAMES})|(?:(?:${SECTION_NAMES}|ai|latest|top|related|recent)\\s+){0,2}(?:news|stories|coverage|headlines|articles|pieces|essays|explainers|videos|podcasts|columns|opinion|analysis|features|galleries|photos|slideshows|interviews|reviews|profiles|guides|obituaries|episodes|clips|graphics|investigations|newsletters|quizzes|long\\s*reads))\\W*$`,
  'iu',
);
/** Links a page offers as what else to read: "Don't miss", "You may have missed", "In case you missed it", "Up next". */
const OTHER_READING_HEADING =
  /^\W*(?:don['’]t\s+miss(?:\s+this)?|you\s+(?:may|might)\s+have\s+missed(?:\s+this)?|in\s+case\s+you\s+missed\s+it|ICYMI|up\s+next|what\s+to\s+read\s+next|editors['’]?\s+(?:picks?|choice)|editor['’]s\s+choice|more\s+(?:like\s+this|to\s+explore|stories\s+like\s+this)|popular\s+(?:right\s+now|on\s+\p{L}+)|most\s+popular|what\s+(?:others|other\s+readers|readers|people|everyone)\s+(?:are|is)\s+(?:reading|watching)|(?:readers|people|others)\s+also\s+(?:liked|read|viewed|watched|enjoyed))\W*$/iu;

/**
 * What a list of references or pointers elsewhere is called: "Notes", "Sources", "Further reading", or
 * the list of the page's own sections ("Contents", "In this article", "On this page", "Jump to").
 */
const REFERENCE_LIST =
  '(?:see\\s+also|(?:further|suggested|additional|recommended)\\s+reading|reading\\s+list|external\\s+links|(?:end|foot|source)?notes|references|sources(?:\\s+consulted)?|citations|bibliography|works\\s+cited|(?:table\\s+of\\s+)?contents|in\\s+this\\s+(?:article|story|page|guide|explainer)|on\\s+this\\s+page|jump\\s+to)';
/**
 * The headings of a list of references or pointers elsewhere, one name or several joined ("Notes and
 * sources", "Sources & further reading", "References, notes"): their entries are cited titles.
 */
const REFERENCES_HEADING = new RegExp(
  `^\\W*${REFERENCE_LIST}(?:\\s*(?:,|&|\\band\\b)\\s*${REFERENCE_LIST}){0,2}\\W*$`,
  'i',
);

/** A heading of another kind that ends a rail: the readers' comments are their own words. */
const OTHER_SECTION =
  /^\W*(?:\d+\s+)?(?:(?:reader|readers['’]?|your)\s+)?(?:comments?|replies|discussion|join\s+the\s+(?:conversation|discussion)|have\s+your\s+say)\b[^.!?]{0,20}$/i;

/** A line led by a rail's own label ("Read also: …", "SEE ALSO | …", "Related — …"). */
const INLINE_RAIL_LEAD =
  /^\W*(?:(?:read|see|watch)\s+(?:also|more|next)|also\s+(?:read|see|watch)|more\s+on\s+(?:this|the)\s+(?:story|topic)|related(?:\s+(?:story|stories|article|articles|coverage))?|recommended|from\s+the\s+archives?)\s*[:|»›>–—-]/i;

/**
 * A hatnote: the line above an encyclopedia article or section that points elsewhere ("For other uses,
 * see …", "For the events of November 2023, see …", "Main article: …", "“X” redirects here.").
 */
const HATNOTE =
  /^[\s\p{P}]*(?:for\s+(?:other|the)\s+uses\b|for\s+[^.;\n]{1,120},\s+see\b|main\s+articles?\s*:|further\s+(?:information|reading)\s*:|see\s+also\s*:|this\s+article\s+is\s+about\b|not\s+to\s+be\s+confused\s+with\b|[\p{Pi}"']?[^.\n"”]{1,80}[\p{Pf}"']?\s+redirects\s+here\b)/iu;

/** An entry of a numbered reference list: "^ …", "[12] …", "12. Author, "Title"…", "↑ …". */
const REFERENCE_ENTRY =
  /^\s*(?:\^|↑|\[\d{1,3}\]|\d{1,3}\.\s+[\p{Lu}][^.,"“]{1,60},\s+(?:\p{Lu}[\p{L}.]*,?\s+)*["“'‘])/u;

/** A date as a citation gives it: "Nov. 20, 2023", "20 November 2023", "November 2023", "(2023)", ", 2020." */
const CITED_DATE =
  '(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?\\d{4}|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+\\d{4}|\\(\\d{4}\\)|(?<=[\\p{L}.],\\s?)\\d{4})';
/** A note's link back to where it is cited: "↩", "↑", "^", "[back]". */
const BACKLINK = '(?:\\s*(?:[↩↑⤴^]|\\[\\s*back\\s*\\]))*';
/** The most pieces between a cited title and its date: outlet, section, volume, pages. */
const TAIL_PIECES = 4;
/**
 * A cited work, however its list is marked: maybe a short source before it ("Wire report,", "Hughes,
 * J.,", "OpenAI, company blog, Nov. 29, 2023; see also"), a quoted title, then only the outlet and the
 * date, each set off by a comma, to the line's end: `Wire report, "Board fires chief," Nov. 20, 2023.`
 * An encyclopedia sets the pieces off by full stops: `"Board fires chief". Wire. 20 November 2023.`
 * Each piece of the tail opens at its first letter and closes at its first comma or, holding none, at its
 * first full stop, so it matches at most two ways:
 * a line of many commas that ends in no date ("signed by A, B, C, … and hundreds more") fails at once
 * rather than trying every split of its spaces. The line is trimmed: nothing after its last mark.
 */
const CITED_TITLE = new RegExp(
  `^(?<lead>(?:[^"“”]{0,120}?(?:,|;|:|\\b[Ss]ee(?:\\s+also)?)\\s*)?)["“](?<title>[^"“”]{6,200})["”](?<tail>[,.]?(?:\\s*(?:[^"“”,;\\s][^"“”,;]{0,49},|[^"“”,;.\\s][^"“”,;.]{0,49}\\.)){0,${TAIL_PIECES}}\\s*${CITED_DATE})(?:[,.]\\s*(?:[Uu]pdated|[Aa]ccessed|[Rr]etrieved|[Aa]rchived)\\s+[^"“”;]{1,30}?)?[.;]?(?:\\s*\\[[\\w ]{1,12}\\])?${BACKLINK}$`,
  'u',
);
/**
 * Around a quoted title, the words of a sentence that quotes it rather than cites it: a verb of speech
 * ("Altman wrote on X," then a quotation), or the link words a cited line never has between its outlet
 * and its date ("…," came on Nov. 17, 2023; "…," and dated November 17, 2023).
 */
const SENTENCE_WORDS =
  /\b(?:said|says|told|tells|wrote|writes|posted|posts|tweeted|added|adds|announced|declared|stated|insisted|replied|asked|warned|argued|put\s+it|reads?|headlined|on|and|but|dated|came|comes|was|were|is|are|has|had|by|when|after|before|that|which|who|until|since|then)\b/i;

/** A lead that points on to the title: "see", "see also". */
const SEE_ALSO = /\bsee(?:\s+also)?\s*$/i;
/** The most words of a lead that names a source ("Hughes, J.", "Wire report", "Cade Metz, Karen Weise"). */
const LEAD_WORDS = 8;
/** A past in "-ed", which a source's name never holds ("hired", "ousted"); short "-eed" words are nouns ("feed"). */
export const PAST_IN_ED = /(?<![\p{L}'’-])(?!\p{Ll}{1,3}eed\b)\p{Ll}{3,}ed(?![\p{L}'’-])/u;
/** A present between two names, a headline's clause ("Microsoft hires Altman"), not a noun of people ("Reuters reporters Cade Metz"). */
export const PRESENT_BETWEEN_NAMES =
  /\p{Lu}[\p{L}.-]*\s+(?!\p{Ll}+(?:er|or|ist|ian|ant|ent)s\b)\p{Ll}+s\s+\p{Lu}/u;
/**
 * A quotation that speaks in the first person ("We have reached an agreement…", "I’m going to…", "Our
 * mission…"): someone's words with their name and the date after them, a pull-quote or a timeline's
 * entry, not a work's title.
 */
export const FIRST_PERSON_OPENING =
  /^\s*(?:I|I['’](?:m|ve|ll|d)|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Oo]ur|[Mm]y)\s/;

/**
 * The lead of a cited work: a pointer ("see also", after anything), or a short source with no verb of
 * its own. "Microsoft hired Altman, “effective immediately,” Nadella, Nov. 20, 2023." is a sentence.
 */
function isCitationLead(lead: string): boolean {
  const before = lead.replace(SEE_ALSO, '');
  if (SENTENCE_WORDS.test(before) || PAST_IN_ED.test(before) || PRESENT_BETWEEN_NAMES.test(before))
    return false;
  const words = before.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  if (words.some(isIrregularPast)) return false;
  return before !== lead || words.length <= LEAD_WORDS;
}

/** The line is one cited work: a quoted title with its source and date, no verb of speech around it. */
export function isCitedTitle(text: string): boolean {
  const trimmed = text.trim();
  const cited = trimmed.length <= FURNITURE_LINE ? CITED_TITLE.exec(trimmed) : null;
  if (!cited) return false;
  const { lead = '', title = '', tail = '' } = cited.groups ?? {};
  // A first-person title is a pull-quote only with no source before it: "Metz, C., “We Rehired Sam
  // Altman as CEO, OpenAI Says,” The New York Times" is a work cited by its author.
  const pullQuote = lead.trim() === '' && FIRST_PERSON_OPENING.test(title);
  return isCitationLead(lead) && !pullQuote && !SENTENCE_WORDS.test(tail);
}

/** How long a line of furniture may be: a cited title with its source, never an article's paragraph. */
const FURNITURE_LINE = 400;
/** A block this long with a sentence end is prose: the rail is over. */
const PROSE_BLOCK = 160;
/** How long a linked headline that asks a question may be. */
const LINKED_QUESTION = 120;
/** The tail a linked headline adds after its sentence: "Here's what changes.", "What we know so far", "Explained." */
const TEASER_TAIL =
  /[.!?:]\s+(?:here['’]s\s+(?:what|why|how|who|where|when|the)\b[^.!?]{0,50}|what\s+(?:we\s+know|(?:you|to)\s+need\s+to\s+know|(?:it|this)\s+means|happens\s+next|comes\s+next)\b[^.!?]{0,30}|explained|the\s+details)[.!?]?["”’]?$/i;
/** A sentence end, past any citation marks ("…voting rights.[4]"). */
const SENTENCE_END = /[.!?]["”’)]?(?:\s*\[[\w ]{1,6}\])*\s*$/;

/**
 * What runs past a block: a rail of links, or a list of references (whose figures are cited ones too).
 * 'frontLinks' is a links heading met before any article body ("Top stories ›" atop an aggregator or a
 * section front): a rail until its items show a feed's outlet-and-time lines or cut snippets.
 */
export type Rail = 'links' | 'references' | 'frontLinks';

/** The headings a front puts over its feed of stories: "Top stories", "Top stories in Tech", "Latest news". */
const FEED_HEADING = /^\W*(?:top\s+stories|latest\s+(?:news|stories|headlines)|news\s*feed|headlines)\b/i;

/**
 * The site a links heading names after it: "More on this story at sentinel.example", "Read more from The
 * Ledger", "… AT THE POST". A domain or capitalised words (case-sensitive: "at 6pm, when…" and "at your
 * own risk" are a sentence going on).
 */
const SITE_AFTER_HEADING =
  /\s+(?:at|on|from|AT|ON|FROM)\s+(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\W*$|\s+(?:at|on|from|AT|ON|FROM)\s+(?:the\s+|The\s+|THE\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,3}\W*$/u;

/** The block heads a rail of links or a reference list. */
export function railHeadingOf(text: string): Rail | undefined {
  if (text.length > 60) return undefined;
  const site = SITE_AFTER_HEADING.exec(text);
  if (
    LINKS_HEADING.test(text) ||
    (site && site.index > 0 && LINKS_HEADING.test(text.slice(0, site.index))) ||
    SECTION_RAIL_HEADING.test(text) ||
    MORE_RAIL_HEADING.test(text) ||
    OTHER_READING_HEADING.test(text)
  )
    return 'links';
  if (REFERENCES_HEADING.test(text)) return 'references';
  return undefined;
}

/** The block is itself one line of furniture, wherever it stands: a hatnote, a "Read also:" line, a reference entry. */
export function isFurnitureLine(text: string): boolean {
  return (
    text.length <= FURNITURE_LINE &&
    (INLINE_RAIL_LEAD.test(text) ||
      HATNOTE.test(text) ||
      REFERENCE_ENTRY.test(text) ||
      isCitedTitle(text) ||
      openingRailHeading(text) !== undefined)
  );
}

/** A heading set off from the first item in the same block: by a line break, or by a mark ("Top stories: …", "Most read › …"). */
const HEADING_THEN_ITEM = /^([^\n:|»›–—]{2,60}?)\s*(?:\n|[:|»›–—])\s*\S/u;
/** A heading in capitals run into its first item's capitalised words: "TOP STORIES Board fires chief". */
const CAPITALS_THEN_ITEM = /^\W*(\p{Lu}[\p{Lu}'’]*(?:\s+[\p{Lu}'’]+){0,4}?)\s+(?=\p{Lu}\p{Ll})/u;

/**
 * The rail a block opens with its heading and first item in one (an inline label, "<b>Top stories:</b>
 * <a>…</a>", or a heading and a link in one cell): the first item is as much the rail's as the ones
 * below. A references heading opens its list only on a line of its own ("Notes: all figures rounded"
 * is a note, not a list), and a one-link pointer ("Read also: …") opens none.
 */
export function openingRailHeading(text: string): Rail | undefined {
  // "Read also: …", "Related: …" point to one page from the body; the body goes on after them.
  if (INLINE_RAIL_LEAD.test(text)) return undefined;
  const lined = HEADING_THEN_ITEM.exec(text);
  const capitals = CAPITALS_THEN_ITEM.exec(text);
  for (const [found, lineBreak] of [
    [lined, lined?.[0].includes('\n')],
    [capitals, false],
  ] as const) {
    const heading = found ? railHeadingOf(found[1]!) : undefined;
    if (heading === 'links' || (heading === 'references' && lineBreak)) return heading;
  }
  return undefined;
}

/**
 * Whether a rail still runs after this block, given the one that ran before it: a rail heading opens
 * one, unless a references heading stands among short labels (a table's column head "Notes", a
 * contents list's "References") outside a rail; a prose block (long, with a sentence end) or a
 * heading of another kind (the comments) ends it. A links heading ("Most read", "More on this
 * story") heads no table column nor contents entry: it opens its rail after a label too (a tag
 * line, an ad, another rail's last headline), as an aside's list follows anything.
 */
export function railAfter(
  text: string,
  before: Rail | undefined,
  afterLabel = false,
  /** An article's body (a prose block) stood above: a links heading there heads a sidebar, not the page's content. */
  bodySeen = true,
): Rail | undefined {
  const heading = railHeadingOf(text);
  // Only a front's own heading heads a feed; "Most read", "Trending", "Related" atop an article are its rails.
  if (heading === 'links' && !bodySeen) return FEED_HEADING.test(text) ? 'frontLinks' : 'links';
  if (heading) return before || !afterLabel || heading === 'links' ? heading : undefined;
  const opened = openingRailHeading(text);
  if (opened) return opened;
  if (!before) return undefined;
  if (isFurnitureLine(text)) return before;
  // "Top stories ›" | "Reuters · 2 hours ago" | a headline | "Late Tuesday the board…": a feed of stories is the page's own.
  if (before === 'frontLinks' && isItemPostedLine(text)) return undefined;
  const trimmed = text.trim();
  if (OTHER_SECTION.test(trimmed)) return undefined;
  // A linked item's teaser, cut off with "…", goes on the rail; the body's sentences end.
  if (before !== 'references' && isCutTeaser(trimmed)) return before;
  if (!SENTENCE_END.test(trimmed)) return before;
  // "Counts varied; Swisher reported the 505 figure early on.", "All times Pacific.": a short note on
  // where the text's facts come from, or how they are given, stays in its list ("The board of four
  // fired him." after it is the body again).
  if (before === 'references' && trimmed.length <= PROSE_BLOCK && SOURCE_NOTE.test(trimmed)) return before;
  // A linked headline may ask ("Who is the man now running the company?"), or end on a teaser's tail
  // ("… to return. Here's what changes."): short, it stays in its rail.
  if (
    before !== 'references' &&
    trimmed.length <= LINKED_QUESTION &&
    (/\?["”’]?$/.test(trimmed) || TEASER_TAIL.test(trimmed))
  )
    return before;
  // A sentence ends the rail where it is long, or bears no mark of a citation: the body again.
  return trimmed.length > PROSE_BLOCK || !CITATION_SHAPE.test(trimmed) ? undefined : before;
}

/** What a cited work's line carries and a sentence of the story seldom does: a year in brackets, pages, a quoted title, "see". */
const CITATION_SHAPE =
  /\(\d{4}[a-z]?\)|\d+\s*[–-]\s*\d+|\bpp?\.\s*\d|\d+\s*pp\b|["“”]|\b(?:retrieved|archived|accessed|isbn|doi|vol\.|ibid|op\.\s*cit)\b|\bsee\b|\bet\s+al\b|\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4}|\((?:\p{Lu}\p{Ll}{2,8}\.?\s+)?\d{4}\)|\b\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+\d{4}\b|\b\d{1,2}\/\d{2}\b/iu;

/** A paragraph as short as a tabloid's one-sentence ones: a block this long that ends a sentence is an article's body. */
const BODY_PARAGRAPH = 80;

/** A block of an article's body: a sentence of some length, ended (a headline or a cut snippet ends none). */
export function isBodyParagraph(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > BODY_PARAGRAPH && SENTENCE_END.test(trimmed);
}

/**
 * The words a note uses of where the text's facts come from (a report, a figure's source, a post, the
 * reading list), of how they are given (times, rounding, translation, emphasis, permission, thanks), of
 * credits and disclosures, or of the text's own history (first published, updated, corrected).
 */
const SOURCE_NOTE =
  /\b(?:report(?:ed|s|ing)?|according\s+to|per(?!\s*cent)|figures?|counts?|data|sources?|sourced|cited|cites|quoted|quotes|post(?:ed)?|blog|statement|announcement|release|press|accounts?|articles?|interviews?|filings?|transcripts?|see|via|ibid|slides|reading(?:\s+list)?|chapter|archived?|footnote|(?:un)?confirmed|verified|rounded|times|translated|edited|condensed|adapted|excerpted|permission|courtesy|thanks|acknowledge(?:s|d)?|disclos(?:ure|ed)|tall(?:y|ies)|photo(?:graph)?s?|illustrations?|images?|emphasis|originally|published|updated|corrected|corrections?|conducted|author)\b/i;

/** A short block that is no sentence: a label, a cell, a contents entry. */
export function isLabel(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= PROSE_BLOCK && !SENTENCE_END.test(trimmed);
}

/**
 * The block states no claim: it is a furniture line, or stands in a rail opened above it. A rail's
 * linked headlines are other pages' claims, figures as much as statements (ANNOTATOR.md convention
 * (e): related-link lists carry names only).
 */
export function isFurniture(text: string, rail: Rail | undefined, _kind: 'statement' | 'figure'): boolean {
  if (isFurnitureLine(text)) return true;
  if (!rail) return false;
  return railAfter(text, rail) !== undefined && !railHeadingOf(text);
}
