/**
 * Once a block has said the ousted leader is back, a board it then counts without the ouster is the
 * board after the return: "Sam's back as CEO. Three people on the board. Bret Taylor chairs it.",
 * "Altman is back in charge; the board now has three members", "He was reinstated on Wednesday. The
 * board: three people." The board that fired him is counted with its act ("the four who ousted him").
 */

/** A return said plainly: "is back", "'s back as CEO", "returns", "was reinstated", "back in charge". */
const RETURN_STATED =
  /(?:\b(?:is|was|are|were|he['’]s|she['’]s|[\p{Lu}][\p{L}]+['’]s)\s+(?:now\s+|officially\s+|finally\s+)?back\b|\b(?:returns|returned|has\s+returned|had\s+returned|reinstated|restored\s+as|rehired|comes\s+back|came\s+back|back\s+(?:as\s+(?:CEO|chief\s+executive|boss)|in\s+charge|at\s+the\s+helm|in\s+the\s+(?:top\s+job|big\s+chair|corner\s+office))))\b/u;

/** Newcomers are counted on the new board by their own topic: "two fresh faces", "two new directors". */
const NEWCOMER_NEAR = /\b(?:new|newly|fresh|newcomers?|outsiders?|first-time|incoming|added|joining)\b/i;

/** How far before the count's sentence, in its block, the return is looked for. */
const REACH = 300;

/** Does the block, before the count's sentence or earlier in it, say the leader is back? */
export function returnStatedBefore(
  text: string,
  sentenceStart: number,
  figureStart: number,
  figureEnd = figureStart,
): boolean {
  if (NEWCOMER_NEAR.test(text.slice(Math.max(sentenceStart, figureStart - 30), figureEnd + 40))) return false;
  return RETURN_STATED.test(text.slice(Math.max(0, sentenceStart - REACH), figureStart));
}
