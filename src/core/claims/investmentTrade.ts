/*
 * "investment-banking clients", "an investment bank", "investment-grade bonds", "the U.K. investment
 * platform": "investment" as the first word of a trade or a grade names a kind of business, not money put
 * into a company, so it is no cue of an investment.
 */

/** The words after "investment" that make it a trade or a grade. */
const TRADE_AFTER =
  /^[\s-]+(?:bank(?:s|ing|ers?)?|grade|firms?|funds?|houses?|managers?|management|advis[eo]rs?|advisory|platforms?|trusts?|vehicles?|committees?|strateg(?:y|ies|ists?)|research|professionals?)\b/i;
/** The cue words this reading applies to. */
const INVESTMENT_CUE = /^investments?$/;

/** Whether the cue `key` ending at `end` of `text` opens a trade's or a grade's name. */
export function namesInvestmentTrade(text: string, key: string, end: number): boolean {
  return INVESTMENT_CUE.test(key) && TRADE_AFTER.test(text.slice(end, end + 24));
}
