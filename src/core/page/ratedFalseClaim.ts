import { spanAt, splitSentences } from '../text/splitSentences.ts';

/*
 * A fact-check sets out each claim it checks under a label and rates it: 'Claim 3: "Ilya Sutskever
 * is OpenAI's CTO."' then "Rating: FALSE". A claim rated false, misleading or no longer true is the
 * claim being debunked, not the page stating it; one rated true ("Rating: TRUE", "Outdated": it
 * held) the page endorses. A label alone decides nothing: "The claim: research loses staff to
 * ChatGPT (FT)" is a summary card's report.
 */

/** A checked claim's label opening its sentence: "Claim 3:", "The viral claim:", "Rumour #2:", "Myth:". */
const LABEL =
  /^[^\p{L}\p{N}]*(?:(?:the|a|one|this|our|viral|false|misleading|popular|circulating|online|widely[- ]shared)\s+){0,3}(?:claims?|rumou?rs?|myths?|allegations?|assertions?|hoax|misconceptions?|(?:viral|circulating|widely[- ]shared)\s+(?:posts?|tweets?|memes?))(?:\s*(?:no\.?|#)?\s*\d{1,2})?\s*:/iu;
/**
 * A rating that denies the claim, right after it: "Rating: FALSE", "Verdict — Misleading", "No longer
 * true", "Pants on fire". "Half true" and "Missing context" neither deny nor endorse and are left alone.
 */
const DENYING_RATING =
  /^[^\p{L}]*(?:(?:our\s+)?(?:rating|verdict|ruling|conclusion|finding|rated|we\s+rate\s+(?:it|this))\s*[:—–-]?\s*)?(?:mostly\s+|totally\s+|completely\s+)?(?:false|untrue|not\s+true|no\s+longer\s+true|misleading|wrong|incorrect|inaccurate|fake|fabricated|baseless|unfounded|unsupported|unproven|debunked|pants\s+on\s+fire|fiction)\b/iu;
/** Any label's noun before a colon: most blocks have none, and are passed without reading their sentences. */
const MAY_LABEL =
  /(?:claim|rumou?r|myth|allegation|assertion|hoax|misconception|post|tweet|meme)s?\b[^:]{0,12}:/i;
/** How far after the claim's sentence its rating may begin. */
const RATING_REACH = 120;

/**
 * The statement at `start` of `text` lies in a claim a fact-check labels and then rates false, the
 * rating following in the same block or opening the next one (`next`).
 */
export function isRatedFalseClaim(text: string, start: number, next: string | undefined): boolean {
  if (!MAY_LABEL.test(text)) return false;
  const sentence = spanAt(splitSentences(text), start);
  if (!LABEL.test(text.slice(sentence.start, start))) return false;
  const rest = text.slice(sentence.end, sentence.end + RATING_REACH);
  const after = rest.trim() ? rest : (next ?? '').slice(0, RATING_REACH);
  return DENYING_RATING.test(after);
}
