/*
 * A modal, a condition or a habit word governs its own clause only. Reporters chain clauses with a dash
 * ("…or its signers would decamp to Microsoft — and counts of those signers ran to over 700"), a colon
 * ("It could go either way: 700 signed by Monday"), or a semicolon/comma (already clause ends for the
 * guards). The figure after such a break is stated, not talked of. A dash aside closed again before the
 * figure is a parenthesis inside the clause ("could — in theory — reach nine"), so the modal still reaches.
 */

/** A dash aside opened and closed again: "— in theory —", "– by most accounts –". */
const CLOSED_DASH_ASIDE = /\s[—–]\s[^—–;:]*?\s[—–]\s|—[^—;:\s][^—;:]*?—/g;
/** A clause break a modal cannot reach across: a dash (spaced hyphen too) or a colon before words. */
const CLAUSE_BREAK = /\s[—–]\s|—|\s-\s|\s--\s|:\s/g;

/** The part of `before` (the figure's sentence up to it) in the figure's own clause, as far as a modal goes. */
export function modalClauseBefore(before: string): string {
  const flat = before.includes('—') || before.includes('–') ? before.replace(CLOSED_DASH_ASIDE, ' ') : before;
  let last = -1;
  for (const m of flat.matchAll(CLAUSE_BREAK)) last = m.index + m[0].length;
  return last < 0 ? flat : flat.slice(last);
}
