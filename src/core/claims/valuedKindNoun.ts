/*
 * "OpenAI is a $500 billion business": a money figure straight before a noun for a company, said OF a
 * company (its predicate or its apposition), is what the company is worth, just as "a $500 billion
 * company" is. The family: "is now a $500bn business", "has become a $300 billion operation", "remains a
 * $157bn concern", "OpenAI, a $500 billion juggernaut, said…", "it is already a $90bn outfit". A segment
 * or a revenue is no worth: "its consumer business brings in $13 billion" (no money before the noun),
 * "a $13 billion-a-year business" (a rate), "a $10bn cloud business" (a noun between), "its chip arm is a
 * $40bn business" (the subject is a part of a company, not one).
 */

/** Nouns for a whole company when money comes straight before them ("a $500bn juggernaut"). */
const KIND_NOUN =
  '(?:business|operation|outfit|concern|juggernaut|behemoth|colossus|giant|powerhouse|empire|heavyweight|titan)';
/** A money amount as reporters write it: "$500 billion", "$500bn", "US$1.2 trillion", "€424bn", "$500-billion". */
const MONEY =
  '(?:US)?[$€£]\\s?\\d[\\d.,]*(?:\\s*|-)(?:bn|billion|tn|trillion|m|mn|million)?(?:[\\s-]dollar)?';
/** The company the amount is said of: a name (captured), "it", or "the company"/"the firm"/"the startup"/"the lab". */
const SUBJECT =
  '(?:(\\p{Lu}[\\p{L}\\p{N}.&-]*)|\\bit|\\b(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(?:company|firm|start-?up|lab|group))';
/** A copula with the adverbs it carries: "is", "is now", "has become", "remains", "'s". */
const COPULA =
  "(?:['’]s|\\s+(?:(?:is|was|remains|remained|became|becomes|has\\s+become|had\\s+become|has\\s+grown\\s+into|grew\\s+into)(?:\\s+(?:now|already|still|today|effectively|essentially|on\\s+paper))?|,\\s*on\\s+paper,))";
/** A hedge on the amount: "a roughly $500bn business", "an estimated $500bn operation". */
const HEDGE =
  '(?:(?:roughly|nearly|almost|about|around|some|approximately|estimated|near-|more\\s+than)\\s*)?';
const VALUED_KIND = new RegExp(
  `(?<![\\p{L}\\p{N}.&'’-])(?<!\\p{L}['’]s\\s+)${SUBJECT}(?:${COPULA}\\s+|\\s*[,—–]\\s*|\\s+-\\s+)an?\\s+${HEDGE}${MONEY}\\s+(${KIND_NOUN})(?![\\p{L}-])`,
  'gu',
);

/**
 * Where a kind noun names a company by its worth in `sentence`: each noun's offset and length. A subject
 * name that `isProduct` says is a product is left out: "ChatGPT is a $10 billion business" is its revenue.
 */
export function valuedKindNouns(
  sentence: string,
  isProduct: (name: string) => boolean,
): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const m of sentence.matchAll(VALUED_KIND)) {
    if (m[1] && isProduct(m[1])) continue;
    const end = m.index + m[0].length;
    found.push({ start: end - m[2]!.length, end });
  }
  return found;
}
