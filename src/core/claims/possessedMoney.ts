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

/**
 * "a position worth more than $10 billion", "its holding is now valued at $13bn", "a shareholding in the
 * start-up worth $10bn": what a holding is worth is what its holder has in it, never the company's price.
 * The holding noun stands for the stake a topic counts, whoever holds it.
 */
const HELD_WORTH_BEFORE =
  /\b(?<noun>position|stake|holding|shareholding|interest)s?\s+(?:in\s+(?:[\p{L}\p{N}'’&.-]+\s+){1,4}?)?(?:(?:is|was|now|is\s+now|was\s+then)\s+)?(?:worth|valued\s+at)\s+(?:(?:a\s+)?(?:reported|estimated|roughly|about|around|some)\s+)?$/iu;

/** Where the holding noun is in `before` when the money after it is that holding's worth. */
export function heldWorthNoun(before: string): { start: number; end: number } | undefined {
  const m = HELD_WORTH_BEFORE.exec(before);
  if (!m) return undefined;
  return { start: m.index, end: m.index + m.groups!.noun!.length };
}
