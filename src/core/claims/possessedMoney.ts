/**
 * Money whose noun an organisation possesses is what that organisation put in or spends, never a
 * valuation: "Microsoft's outlay on the start-up so far stands at $13bn", "Amazon's stake is now $8bn",
 * "the tech giant's commitment of $10bn", "SoftBank's latest cheque, $40bn". A value word between the
 * noun and the figure ("Microsoft's stake values it at $80bn") gives the valuation back.
 */

import { eachMatch } from '../text/eachMatch.ts';

/** "<Name>'s" or "<the giant>'s", up to two modifiers, then a noun of money put in or spent. */
const POSSESSED_MONEY_NOUN =
  /(?:\b\p{Lu}[\p{L}\p{N}&.-]*|\b(?:company|firm|group|giant|investor|backer|partner|parent|maker))['’]s\s+(?:[\p{Ll}\p{N}-]+\s+){0,2}?(?:outlays?|spend|spending|investments?|stakes?|holding|backing|commitments?|contributions?|injections?|funding|financing|bets?|cheques?|checks?|cash|money|exposure|tab|bill|largesse|war\s+chest|pledges?|infusions?)\b/gu;
/** What stands between the noun and the figure: no value word, no new clause. */
const VALUE_WORD = /\b(?:valu(?:e|es|ed|ing|ation)|worth|pric(?:e|ed|ing)|market\s+cap)/i;
const CLAUSE_BREAK = /[.;!?]/;

/** The money figure right after `before` is in a noun an organisation possesses ("Microsoft's outlay … $13bn"). */
export function isPossessedMoney(before: string): boolean {
  const last = [...eachMatch(POSSESSED_MONEY_NOUN, before)].at(-1);
  if (!last) return false;
  const between = before.slice(last.index + last[0].length);
  return !VALUE_WORD.test(between) && !CLAUSE_BREAK.test(between);
}
