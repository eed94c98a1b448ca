/*
 * "OpenAI is a $500 billion business": a money figure straight before a noun for a company, said OF a
 * company (its predicate or its apposition), is what the company is worth, just as "a $500 billion
 * company" is. The family: "is now a $500bn business", "has become a $300 billion operation", "remains a
 * $157bn concern", "OpenAI, a $500 billion juggernaut, said…", "it is already a $90bn outfit". A segment
 * or a revenue is no worth: "its consumer business brings in $13 billion" (no money before the noun),
 * "a $13 billion-a-year business" (a rate), "a $10bn cloud business" (a noun between), "its chip arm is a
 * $40bn business" (the subject is a part of a company, not one).
 */

import { eachMatch } from '../text/eachMatch.ts';

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

/** Capitalised words in a row: a name as a page writes it ("Scale AI", "Databricks", "OpenAI"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{N}&.-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{N}&.-]*)*/gu;
/** Capitalised only because a sentence opens with them: no name ("The", "In", "Investors say"). */
const OPENERS = new Set([
  ...['the', 'a', 'an', 'it', 'its', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'his'],
  ...['her', 'their', 'our', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'of', 'to', 'as', 'after'],
  ...['before', 'since', 'when', 'while', 'but', 'and', 'or', 'so', 'yet', 'now', 'then', 'last', 'next'],
  ...['meanwhile', 'however', 'still', 'also', 'even', 'only', 'investors', 'analysts', 'today', 'there'],
  ...['under', 'over', 'about', 'if', 'once', 'until', 'all', 'some', 'most', 'many', 'what', 'why', 'how'],
]);

/**
 * Whom a name-less subject ("it", "the company") means: the last company the text before names, else the
 * first one the rest of the sentence names ("The company is a $500bn business, its finance chief says of
 * OpenAI"). `known` says which organisation a name is (undefined for one the dataset does not know, null
 * for a person or product); an unknown capitalised name is some other company ("Databricks raised money.").
 */
function companyMeant(
  before: string,
  after: string,
  known: (name: string) => string | undefined | null,
): string | undefined {
  let last: string | undefined;
  for (const m of eachMatch(CAPITALISED_RUN, before)) {
    const id = runNames(m[0], known);
    if (id) last = id;
  }
  if (last) return last;
  for (const m of eachMatch(CAPITALISED_RUN, after)) {
    const id = runNames(m[0], known);
    if (id && id !== '?') return id;
  }
  return undefined;
}

/** The company a run of capitalised words names ('?' for one the dataset does not know), past an opener ("The OpenAI board"). */
function runNames(run: string, known: (name: string) => string | undefined | null): string | undefined {
  const words = run.split(/\s+/);
  while (words.length && OPENERS.has(words[0]!.toLowerCase())) words.shift();
  if (!words.length) return undefined;
  const whole = known(words.join(' '));
  if (whole !== undefined) return whole ?? undefined;
  for (const word of words) {
    const id = known(word);
    if (id) return id;
  }
  return words.some((w) => known(w) === null) ? undefined : '?';
}

/**
 * Where a kind noun names a company by its worth in `sentence` (at `start` in `text`): each noun's offset
 * and length. The company must be the story's (review23 #2): a name `known` says is it, or "it"/"the
 * company" when the last company named before is it. "Stripe, a $90 billion business", "SoftBank is a
 * $200 billion empire", "Databricks raised money. The company is now a $100 billion business" are theirs.
 * A product's name is left out: "ChatGPT is a $10 billion business" is its revenue.
 */
export function valuedKindNouns(
  text: string,
  start: number,
  end: number,
  known: (name: string) => string | undefined | null,
  story: string,
): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const sentence = text.slice(start, end);
  for (const m of eachMatch(VALUED_KIND, sentence)) {
    const owner = m[1]
      ? known(m[1])
      : companyMeant(text.slice(0, start + m.index), sentence.slice(m.index + m[0].length), known);
    if (owner !== story) continue;
    const at = m.index + m[0].length;
    found.push({ start: at - m[2]!.length, end: at });
  }
  return found;
}
