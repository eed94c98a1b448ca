/**
 * A key-numbers box: bare values and short labels taking turns ("3" | "members of the interim board" |
 * "5" | "days of turmoil", or "Directors who voted" | "4" | "Staff who signed" | "505"). Which side of
 * its value each label sits on is the box's, not the pair's: a box that opens on a value (right after
 * prose or a heading like "By the numbers") labels each value with the block after it; one that opens
 * on a label labels each with the block before. Read once, at the box's first value, and kept for all
 * its items, so a later value never takes the label of its neighbour.
 */
export interface KeyNumberBox {
  /** Which side of its value each label sits on; undefined until the box's first value. */
  labels?: 'after' | 'before';
  /** What the last block was. */
  last: 'value' | 'label';
  /** How many values the box has had so far. */
  values: number;
  /** The last label is a box's heading ("By the numbers"), no item's label. */
  heading?: true;
}

/** A value standing alone: "3", "$86bn", "about 500", "13.2%", "770+". */
const BARE_VALUE =
  /^[\s•*–—-]*(?!(?:19|20)\d\d\s*$)(?:(?:about|around|nearly|almost|over|more than|at least|some|roughly|approx\.?|c\.|up to|~|≈|<|>)\s*)?[+−-]?[$€£]?\d[\d,.]*\s*(?:%|per\s?cent|bn|billion|m|million|k|tn|trillion|\+)?\s*(?:\([^)]{0,30}\))?\s*$/i;
/** A short label: a few words and no digit. */
const SHORT_LABEL = /^(?=\D{3,90}$)[^\p{L}]*\p{L}[^]*$/u;
/** A box's own heading, which labels no item. */
const BOX_HEADING =
  /^\W*(?:(?:the\s+)?(?:key|big|main)\s+(?:numbers|figures|stats|facts)|(?:the\s+)?(?:numbers|figures|stats)(?:\s+(?:of|from|behind|that)\b[^]{0,40})?|at\s+a\s+glance|fact\s*box|fact\s*file|[\p{L}\s'’-]{0,40}\b(?:in|by)\s+(?:the\s+)?(?:numbers|figures))\W*$/iu;
/** What a block is to a box: a value, a label, or neither (undefined). */
export function boxPartOf(text: string): 'value' | 'label' | undefined {
  if (BARE_VALUE.test(text)) return 'value';
  if (SHORT_LABEL.test(text.trim())) return 'label';
  return undefined;
}

/** The box after a block, given the box before it; undefined where the block is no part of one. */
export function boxAfter(previous: KeyNumberBox | undefined, text: string): KeyNumberBox | undefined {
  const part = boxPartOf(text);
  if (!part) return undefined;
  if (part === 'label') {
    // A label after a value goes on the box; after a label or prose it may open one (or head it).
    if (previous?.last === 'value' && previous.labels) {
      // "9" | "the cap on the board's size": a first label that runs on from its value in lower case
      // shows the box labels after, whatever came before it.
      const runsOn = previous.values === 1 && /^[^\p{L}]*\p{Ll}/u.test(text);
      return { ...previous, last: 'label', ...(runsOn ? { labels: 'after' as const } : {}) };
    }
    return { last: 'label', values: 0, ...(BOX_HEADING.test(text) ? { heading: true as const } : {}) };
  }
  // Two values in a row are a table's cells, not a box's items.
  if (previous?.last === 'value') return { last: 'value', values: 1 };
  if (previous?.labels) return { ...previous, last: 'value', values: previous.values + 1 };
  // The first value: a label before it (not the box's heading) is its own; else the one after it is.
  return { labels: previous && !previous.heading ? 'before' : 'after', last: 'value', values: 1 };
}

/**
 * Which neighbour labels a value standing alone, given the box before its block: 'before' or
 * 'after' once the box has had a value (a later item); undefined for a first value or outside a box.
 */
export function labelSide(before: KeyNumberBox | undefined): 'before' | 'after' | undefined {
  return before?.labels && before.last === 'label' && before.values >= 1 ? before.labels : undefined;
}
