/**
 * A line of options: a quiz's or a poll's answers set side by side ("A) He broke the rules B) He was
 * not candid C) …", "(a) Chair (b) Observer", "A. Four B. Six C. Nine"). Each is a choice put to the
 * reader, not what the page reports, so the line states no claim (the answer, told in a sentence,
 * does). A list of facts that runs on in prose ("a) the board fired him, and b) staff threatened to
 * quit") joins its items with a comma or "and": that line keeps its claims.
 */

/** The line opens with option A and holds option B after it, same marker, same case: "A)", "(a)". */
const BRACKETED = /^\s*(\(?)([Aa])\)\s+\S[\s\S]*?\s\1([Bb])\)\s+\S/;
/** With a stop ("A. …"), as initials are written too ("A. Smith and B. Jones"): A, B and C in order. */
const STOPPED = /^\s*A\.\s+\S[\s\S]*?\sB\.\s+\S[\s\S]*?\sC\.\s+\S/;
/** An option marker after its space: where each item ends. */
const MARKER = /\s\(?[A-Fa-f][).]\s/g;
/** How an item of a run-on list of facts ends before the next marker: a comma, a semicolon, "and", "or". */
const JOINED = /(?:[,;]|\b(?:and|or|then))\s*$/i;
/** The longest line of options read (a quiz of four long answers). */
const OPTIONS_LINE = 600;

/** The block is a line of a quiz's or poll's options. */
export function isOptionLine(text: string): boolean {
  if (text.length > OPTIONS_LINE) return false;
  const bracketed = BRACKETED.exec(text);
  if (!bracketed) {
    if (!STOPPED.test(text)) return false;
  } else if ((bracketed[2] === 'A') !== (bracketed[3] === 'B')) return false;
  // A list of facts joins its items: each item before a marker ends bare.
  for (const m of text.matchAll(MARKER)) if (JOINED.test(text.slice(0, m.index))) return false;
  return true;
}

/** A question's end with an option marker after it: "How many signed? (a) 49 (b) 490", "…this week? A) Four B) Six". */
const AFTER_QUESTION = /\?["'”’)]*\s+(?=\(?[Aa][).]\s)/g;

/**
 * Where a block's options start: 0 where the block is a line of options, just after the question
 * where they follow it in the same block ("By Monday the letter had passed how many signatures? (a)
 * 49 (b) 490 (c) 505 (d) 700"), else undefined. What comes before is the question, read as ever.
 */
export function optionsStart(text: string): number | undefined {
  if (isOptionLine(text)) return 0;
  for (const m of text.matchAll(AFTER_QUESTION)) {
    const at = m.index + m[0].length;
    if (isOptionLine(text.slice(at))) return at;
  }
  return undefined;
}
