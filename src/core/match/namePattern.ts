/**
 * How a name or phrase from the dataset is turned into regular-expression
 * source that tolerates what real pages do to it: line breaks and
 * non-breaking spaces between words, curly apostrophes, typographic hyphens.
 */
/** `\s` already matches no-break and narrow no-break spaces (U+00A0, U+202F) and line breaks. */
export const SPACE = '\\s+';
export const APOSTROPHE = "['\\u2019\\u02bc]";
export const HYPHEN = '[-\\u2010\\u2011]';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function namePatternSource(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .map((word) =>
      escapeRegExp(word)
        .replace(/['\u2019]/g, APOSTROPHE)
        .replace(/-/g, HYPHEN),
    )
    .join(SPACE);
}

/** The key a matched text is looked up by: one space, straight apostrophes, plain hyphens. */
export function nameKey(text: string): string {
  return text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/[\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
}

/**
 * Letters (Latin, Greek, Cyrillic) and digits. Spelled out rather than \p{L}:
 * a pattern with Unicode property escapes needs the `u` flag, and with it
 * (and `i`) V8 takes several times longer to compile and run these patterns,
 * a cost every page pays at start (measured: 7 ms against 1.8 ms for the
 * figure pattern).
 */
export const LETTERS = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
export const WORD_CHARS = `${LETTERS}0-9_`;

/** Letters and digits on either side mean the name is part of a longer word. */
export const WORD_BEFORE = `(?<![${WORD_CHARS}])`;
export const WORD_AFTER = `(?![${WORD_CHARS}])`;
