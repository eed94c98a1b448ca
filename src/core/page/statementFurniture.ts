import { opensAsInsert } from '../figures/pageNoise.ts';

/**
 * A reference work's hatnote, which points elsewhere and states nothing: "For the events of November
 * 2023, see …", "For other uses, see …", "See also: …", "Main article: …", "Further information: …",
 * "“X” redirects here.", "This article is about …", "Not to be confused with …".
 */
const HATNOTE =
  /^[\s\p{P}]*(?:for\s+(?:the|other|more|a|an|his|her|its|their)\b[^.;\n]{0,120},\s+see\s|see\s+also\s*:|main\s+articles?\s*:|further\s+(?:information|reading)\s*:|[\p{Pi}"']?[^.\n"”]{1,80}[\p{Pf}"']?\s+redirects\s+here\b|this\s+article\s+is\s+about\b|not\s+to\s+be\s+confused\s+with\b)/iu;

/**
 * An entry of a reference list: a back-link caret ("^ a b “Altman officially back…”"), an arrow
 * ("↑ …") or a bracketed note number ("[12] …") before a cited title, which quotes another text.
 */
const REFERENCE_ENTRY = /^\s*(?:\^(?:\s+[a-z]){0,6}\s|↑\s|\[\d{1,3}\]\s)/u;

/**
 * A block that is page furniture for statements: an insert or an ad ("Read also: …"), a hatnote or
 * a reference-list entry. What it says belongs to another page, so it marks no statement.
 */
export const isStatementFurniture = (text: string) =>
  HATNOTE.test(text) || REFERENCE_ENTRY.test(text) || opensAsInsert(text);
