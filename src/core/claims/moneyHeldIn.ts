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
 *
 * With no verb at all, the money is attached to its named holder: "Microsoft with its $13B", "Microsoft,
 * with $13 billion in,", "Microsoft ($13 billion in, by the usual count)". "With its" money that ends its
 * phrase is the holder's stake ("with its $2.8 trillion market value" goes on to say what it is); bare
 * "with" or a bracket needs the "in" ("in cash", "in profit" are no stake either).
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

/** An amount's hedge: "about", "some", "roughly". */
const HEDGE = String.raw`(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|upwards\s+of)\s+)?`;
/** A named holder, then "with" or a bracket: "Microsoft with its ", "Microsoft, with ", "Microsoft (". */
const HOLDER_WITH_ITS_BEFORE = new RegExp(
  String.raw`\b\p{Lu}[\p{L}\p{N}&.-]*,?\s+with\s+(?:its|their)\s+${HEDGE}$`,
  'u',
);
const HOLDER_WITH_BEFORE = new RegExp(
  String.raw`\b\p{Lu}[\p{L}\p{N}&.-]*(?:,?\s+with|\s+\((?:with\s+)?)\s*(?:its\s+|their\s+)?${HEDGE}$`,
  'u',
);
/** The money ends its phrase: a comma, dash, bracket or the sentence's end. */
const PHRASE_ENDS_AFTER = /^\s*(?:[,;:)—–]|\s-\s|[.!?](?:\s|$)|$)/;
/** "in", alone or before the company (never "in cash", "in profit"). */
const IN_AFTER =
  /^\s+in(?:\s*(?:[,;:)—–]|\s-\s|[.!?](?:\s|$)|$)|\s+(?:it|this|OpenAI|the\s+(?:company|start-?up|lab|firm))\b)/;

/** The money figure between `before` (its clause so far) and `after` is what a holder has in a company. */
export function isMoneyHeldIn(before: string, after: string): boolean {
  return (
    (HAS_BEFORE.test(before) && IN_COMPANY_AFTER.test(after)) ||
    IN_FOR_BEFORE.test(before) ||
    (HOLDER_WITH_ITS_BEFORE.test(before) && PHRASE_ENDS_AFTER.test(after)) ||
    (HOLDER_WITH_BEFORE.test(before) && IN_AFTER.test(after))
  );
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
