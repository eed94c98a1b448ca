/**
 * The sentence names the story's rebuilt board by its own noun phrase: "a rebuilt three-person board",
 * "OpenAI's new board", "the replacement board", "a new initial board", "the newly configured trio",
 * "a pared-back board". A count of newcomers on it is the story's newcomer count even where none of the
 * members is named in or near the block. Another organisation's board ("Acme's new board") is not.
 */

/** How a report calls a board made anew. */
const REMADE =
  String.raw`(?:new|newly[- ](?:configured|formed|constituted|named|installed|seated|assembled|minted)|brand[- ]new|rebuilt|rebooted|` +
  String.raw`reconstituted|revamped|reshaped|reshuffled|replacement|initial|overhauled|remade|reconfigured|refreshed|` +
  String.raw`slimmed[- ]down|pared[- ](?:back|down)|stripped[- ]down|shrunken|post-?crisis|interim|restructured|revised)`;

/**
 * The board itself, with an optional size: "board", "three-person board", "trio", "line-up"; not a
 * modifier ("three new board members were announced" counts members added later, not the remade board).
 */
const BOARD = String.raw`(?:(?:three|3|four|4)[- ](?:person|member|seat|strong|director)\s+)?(?:board|trio|panel|line-?up|slate)\b(?![- ](?:members?|seats?|directors?|chair|level|room)\b)`;

/**
 * The remade board named by its members, counted: "the three initial directors", "its three replacement members"
 * (not "three new directors were announced", which counts members added later).
 */
const STORY_NEW_BOARD = new RegExp(
  String.raw`(?:\b${REMADE}\s+(?:[a-z-]+\s+)?${BOARD}|\b(?:the|its|OpenAI['’]s)\s+(?:three|3)\s+(?!new\b)${REMADE}\s+(?:directors|members)\b)`,
  'gi',
);

/** A possessor before the phrase: the story's own ("OpenAI's", "the company's") or another's ("Acme's"). */
const POSSESSOR_BEFORE = /([\p{L}\p{N}.&-]+)['’]s?\s+$/u;
const STORY_POSSESSOR = /^(?:openai|company|firm|lab|startup|start-up|nonprofit|organi[sz]ation)$/i;

/**
 * "Its new board", "their reconstituted board": the possessor is whoever the text before names, which one
 * sentence cannot tell ("Quora also reshuffled its directors. Its new board has two newcomers"): not the
 * story's for sure (review23 #7).
 */
const PRONOUN_BEFORE = /\b(?:its|their)\s+$/i;

/** Does `sentence` name the story's remade board (and no other organisation's)? */
export function namesStoryNewBoard(sentence: string): boolean {
  STORY_NEW_BOARD.lastIndex = 0;
  for (let m = STORY_NEW_BOARD.exec(sentence); m; m = STORY_NEW_BOARD.exec(sentence)) {
    const owner = POSSESSOR_BEFORE.exec(sentence.slice(Math.max(0, m.index - 40), m.index));
    if (PRONOUN_BEFORE.test(sentence.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (!owner || STORY_POSSESSOR.test(owner[1]!)) return true;
  }
  return false;
}
