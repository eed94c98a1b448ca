import type { BlockReading } from './readReferences.ts';

/**
 * Convention (i): a posted line shown on its own — an embedded post card, a pull quote, a quotes-list
 * entry, an on-screen caption ("[ON SCREEN: '…']"), a live-blog heading that is only the line — reports
 * nobody posting it, so it is not the claim that staff posted it. The block holds the line and, at most,
 * a bracketed display label; any other word ("Staff: '…'", "Murati posted '…'") may report the posting,
 * and the line stays a claim (its posting clause widens it, postingClause.ts).
 */

/** Bracketed label words a card may carry beside the line ("[Post, in full]", "[ON SCREEN: …]"). */
const LABEL_REACH = 10;
/** Letters or digits: a word, not a quote mark, a dash or an emoji. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The line at tokens `first`..`last` is its whole block, with nothing but marks and a bracketed label beside it. */
export function lineStandsAlone(reading: BlockReading, first: number, last: number): boolean {
  const { tokens } = reading;
  // A window of a long block, or a block with room for more than a label: not a card.
  if (!reading.startsBlock || tokens.length > last - first + 1 + LABEL_REACH) return false;
  let bracket = 0;
  for (let k = 0; k < tokens.length; k++) {
    const text = tokens[k]!.text;
    if (text === '[') bracket++;
    else if (text === ']') bracket = Math.max(0, bracket - 1);
    else if ((k < first || k > last) && bracket === 0 && WORDLIKE.test(text)) return false;
  }
  return true;
}
