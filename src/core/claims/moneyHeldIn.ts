/*
 * Money an investor holds in a company, said with "have" or "be in for" rather than a verb of putting
 * in: "Microsoft, which has $13 billion in this", "Microsoft has some $13bn in OpenAI", "the backer that
 * has $13 billion in the start-up", "Microsoft is in for $13 billion", "Microsoft is into OpenAI for
 * about $13 billion". Each says how much the holder has invested, as "has invested $13 billion" does.
 *
 * The place the money is in must be a company or what the story is about ("in this", "in it", "in
 * OpenAI", "in the company"): "has $13 billion in cash", "has $13 billion in revenue", "had $2 billion
 * in the bank" are what a company holds or earns, not a stake. Whose money it is stays the topic's
 * business ("Google has $2 billion in Anthropic" names another holder and another company).
 */

/** The holder's verb right before the amount: "has", "had", "have", "'s" (maybe "already", "some", "roughly"). */
const HAS_BEFORE =
  /\b(?:has|have|had|['’]s)\s+(?:(?:already|now|still)\s+)?(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|something\s+like|upwards\s+of)\s+)?$/i;
/** Where the money is: a company or what the story is about, never cash, revenue or the bank. */
const IN_COMPANY_AFTER =
  /^\s+(?:(?:invested|sunk|tied\s+up|riding)\s+)?in(?:to)?\s+(?:this|it|that|them|(?:the|this|that)\s+(?:company|firm|start-?up|lab|venture|business|outfit|deal|thing)|\p{Lu}[\p{L}\p{N}-]*)(?![\p{L}])(?!\s+(?:cash|revenue|sales|debt|the\s+bank))/u;
/** "is in for $13 billion", "is into OpenAI for $13 billion": the holder's stake, said of the holder. */
const IN_FOR_BEFORE =
  /\b(?:is|was|are|were|['’]s)\s+(?:already\s+)?(?:in|into\s+\p{Lu}[\p{L}\p{N}-]*)\s+for\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|upwards\s+of)\s+)?$/u;

/** The money figure between `before` (its clause so far) and `after` is what a holder has in a company. */
export function isMoneyHeldIn(before: string, after: string): boolean {
  return (HAS_BEFORE.test(before) && IN_COMPANY_AFTER.test(after)) || IN_FOR_BEFORE.test(before);
}

/** How far before and after the amount its holder's words are read. */
const REACH = 40;

/** The money figure at `figure` in `text` is what a holder has in a company ("which has $13 billion in this"). */
export function isMoneyHeldInAt(
  text: string,
  figure: { start: number; end: number; unit: string },
  from = 0,
): boolean {
  return (
    figure.unit === 'usd' &&
    isMoneyHeldIn(
      text.slice(Math.max(from, figure.start - REACH), figure.start),
      text.slice(figure.end, figure.end + REACH),
    )
  );
}
