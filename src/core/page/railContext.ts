/**
 * Page furniture that states no claim: a rail of related links ("Read also", "More on this story"),
 * a reference list ("Notes", "Sources") and a hatnote ("For other uses, see…", "Main article: …").
 * Their lines are titles of other pages, cited or linked, not what this page reports. Names in them
 * stay marked; statements and figures do not.
 */

/** The headings of a rail of links (not "Latest": a live blog's updates are the story). */
const LINKS_HEADING =
  /^\W*(?:(?:read|watch)\s+(?:also|more|next)|also\s+(?:read|see|watch)|more\s+on\s+(?:this|the)\s+(?:story|topic)|more\s+(?:from|stories|news)\b.{0,40}|most\s+(?:read|popular|viewed|shared|watched|commented)|top\s+stories|trending(?:\s+now)?|related(?:\s+(?:stories|articles|coverage|reading|links|content|news|posts|videos))?|recommended(?:\s+(?:for\s+you|reading|stories|articles))?|you\s+may\s+(?:also\s+)?like|editor['’]s\s+picks?|from\s+the\s+archives?)\W*$/i;

/** The headings of a list of references or pointers elsewhere: their entries are cited titles. */
const REFERENCES_HEADING =
  /^\W*(?:see\s+also|(?:further|suggested)\s+reading|external\s+links|notes(?:\s+and\s+references)?|(?:references|sources|citations|footnotes|bibliography|works\s+cited)(?:\s+and\s+notes)?)\W*$/i;

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

/** How long a line of furniture may be: a cited title with its source, never an article's paragraph. */
const FURNITURE_LINE = 400;
/** A block this long with a sentence end is prose: the rail is over. */
const PROSE_BLOCK = 160;
/** A sentence end, past any citation marks ("…voting rights.[4]"). */
const SENTENCE_END = /[.!?]["”’)]?(?:\s*\[[\w ]{1,6}\])*\s*$/;

/** What runs past a block: a rail of links, or a list of references (whose figures are cited ones too). */
export type Rail = 'links' | 'references';

/** The block heads a rail of links or a reference list. */
export function railHeadingOf(text: string): Rail | undefined {
  if (text.length > 60) return undefined;
  if (LINKS_HEADING.test(text)) return 'links';
  if (REFERENCES_HEADING.test(text)) return 'references';
  return undefined;
}

/** The block is itself one line of furniture, wherever it stands: a hatnote, a "Read also:" line, a reference entry. */
export function isFurnitureLine(text: string): boolean {
  return (
    text.length <= FURNITURE_LINE &&
    (INLINE_RAIL_LEAD.test(text) || HATNOTE.test(text) || REFERENCE_ENTRY.test(text))
  );
}

/**
 * Whether a rail still runs after this block, given the one that ran before it: a rail heading opens
 * one, unless it stands among short labels (a table's column head "Notes", a contents list's
 * "References") outside a rail; a prose block (long, with a sentence end) or a heading of another
 * kind (the comments) ends it.
 */
export function railAfter(text: string, before: Rail | undefined, afterLabel = false): Rail | undefined {
  const heading = railHeadingOf(text);
  if (heading) return before || !afterLabel ? heading : undefined;
  if (!before) return undefined;
  if (isFurnitureLine(text)) return before;
  const trimmed = text.trim();
  if (OTHER_SECTION.test(trimmed)) return undefined;
  if (!SENTENCE_END.test(trimmed)) return before;
  // A sentence ends the rail where it is long, or bears no mark of a citation: the body again.
  return trimmed.length > PROSE_BLOCK || !CITATION_SHAPE.test(trimmed) ? undefined : before;
}

/** What a cited work's line carries and a sentence of the story seldom does: a year in brackets, pages, a quoted title, "see". */
const CITATION_SHAPE =
  /\(\d{4}[a-z]?\)|\d+\s*[–-]\s*\d+|\bpp?\.\s*\d|\d+\s*pp\b|["“”]|\b(?:retrieved|archived|accessed|isbn|doi|vol\.|ibid|op\.\s*cit)\b|\bsee\b|\bet\s+al\b|\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4}|\b\d{1,2}\/\d{2}\b/iu;

/** A short block that is no sentence: a label, a cell, a contents entry. */
export function isLabel(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= PROSE_BLOCK && !SENTENCE_END.test(trimmed);
}

/**
 * The block states no claim: it is a furniture line, or stands in a rail opened above it. Only a
 * reference list silences figures too: a rail's headline may still count what the story counts.
 */
export function isFurniture(text: string, rail: Rail | undefined, kind: 'statement' | 'figure'): boolean {
  if (isFurnitureLine(text)) return true;
  if (!rail || (kind === 'figure' && rail !== 'references')) return false;
  return railAfter(text, rail) !== undefined && !railHeadingOf(text);
}
