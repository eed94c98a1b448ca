import type { BlockReading } from './readReferences.ts';

/** Words that make the matter voted on the board's business ("cannot vote on board decisions"). */
const BOARD_BUSINESS = new Set([
  ...['board', "board's", 'boardroom', 'decisions', 'decision', 'matters', 'anything', 'governance'],
  ...['directors', 'resolutions', 'motions', 'it', 'them'],
]);
/** How far after "on" the matter may be told. */
const MATTER_REACH = 4;

/**
 * "Microsoft cannot vote on the deal", "will not vote for the merger": a wording that ends in "vote",
 * followed by the matter voted on, is one vote withheld, not a seat without a vote, unless the matter
 * is the board's business ("cannot vote on board decisions").
 */
export function votesOnMatter(reading: BlockReading, last: number): boolean {
  const { tokens, sentenceOf } = reading;
  if (tokens[last]?.lower !== 'vote' || !/^(?:on|for|against)$/.test(tokens[last + 1]?.lower ?? ''))
    return false;
  for (let k = last + 2; k <= last + 1 + MATTER_REACH && sentenceOf[k] === sentenceOf[last]; k++) {
    if (BOARD_BUSINESS.has(tokens[k]!.lower)) return false;
    if (!tokens[k]!.isWord) break;
  }
  return true;
}
