import { FIRST_PERSON_OPENING } from './railContext.ts';

/*
 * A headline the writer cites, with its date: a letter's or a correction's pointer to an earlier
 * story, `your report ("Altman back at OpenAI after staff revolt," Nov. 23)`, `(“Board ousts chief”,
 * 17 November)`, `the Nov. 20 column “Microsoft wins big” (Nov. 20, Page B1)`, `your editorial "A
 * board out of its depth" (The Ledger, Nov. 21)`. The title names a page; it is not this page's
 * report of what happened. The quotation is opened by a bracket or after a noun of a published piece,
 * and closed by the date (maybe after the outlet and a page): a reported quote closes with its speaker
 * ('"We are back," Altman wrote Nov. 23') and stays a statement. A quotation in the first person ("I
 * deeply regret…") is someone's words, not a title, whatever follows it; and a post is quoted, not cited.
 */

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** After the closing mark: maybe the outlet and a page, then the date, closing the citation. */
const DATE_AFTER = new RegExp(
  String.raw`^["”’]?\s*,?\s*\(?\s*(?:(?:the\s+|The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}\s*,\s*)?(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?(?:${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\.?)(?:,?\s+\d{4})?(?:\s*,\s*(?:page|p\.|section)\s*[A-Z]?\d{1,3})?\s*(?:[);,.]|$)`,
  'u',
);
/** Before the opening mark: a bracket, a letter's "Re:" or "Regarding", or a noun of a published piece ("your article"). */
const OPENED_AS_CITATION =
  /(?:\(\s*|^\W*re\s*:\s*|\bregarding\s+|\b(?:article|headline|story|report|piece|column|editorial|op-ed|leader|feature|item|splash|front\s+page|coverage|letter|essay|review|analysis|dispatch)\s*,?\s*(?:\(\s*)?)$/i;
/** Quote marks that open and close a title. */
const CLOSING_OF: Record<string, string> = { '"': '"', '“': '”', '‘': '’' };
/** How far before a statement its title's opening mark may be. */
const TITLE_REACH = 160;

/** The statement at [start, end) of `text` lies inside a cited, dated headline of another page. */
export function isCitedHeadline(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= Math.max(0, start - TITLE_REACH); i--) {
    const ch = text[i]!;
    if (ch === '”' || ch === '\n') return false;
    if (ch === '“' || ch === '"' || ch === '‘') {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const close = text.indexOf(CLOSING_OF[text[open]!]!, Math.max(open + 1, end - 1));
  if (close < 0 || close - open > TITLE_REACH * 2) return false;
  return (
    !FIRST_PERSON_OPENING.test(text.slice(open + 1, close)) &&
    OPENED_AS_CITATION.test(text.slice(Math.max(0, open - 30), open)) &&
    DATE_AFTER.test(text.slice(close + 1, close + 80))
  );
}
