import type { PageFigure } from '../figures/parseFigure.ts';

interface Cue {
  key: string;
  start: number;
  end: number;
}

/**
 * "over 700 out of a workforce of 770", "more than 700 from a staff of about 770", "700 among its
 * employees": the noun of the whole a count is taken from, right after it. That noun says what the
 * whole is, not what the count counts.
 */
const WHOLE_OPENER =
  /^\s*,?\s*(?:out\s+of|of|from|among|in)\s+(?:(?:a|an|the|its|their|some|roughly|about|around|nearly|OpenAI['’]s)\s+)*(?:[\p{L}-]+\s+)?$/iu;
/** A number between the count and a cue: the cue is that number's ("…700, with some 770 on the payroll"). */
const NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)\b/i;

/**
 * The cues a count's sentence gives the count itself: not a generic noun ("people"), not the noun of
 * the whole it is taken from, and not a word after another number of the sentence. Where none is left,
 * the count's topic is carried from the sentence before ("First reports said nearly 500 had signed. By
 * the end of Monday it was over 700 out of a workforce of around 770.").
 */
export function ownCountCues<C extends Cue>(
  text: string,
  figure: PageFigure,
  cues: C[],
  generic: ReadonlySet<string>,
): C[] {
  return cues.filter((c) => {
    if (generic.has(c.key)) return false;
    if (c.start < figure.end) return true;
    const between = text.slice(figure.end, c.start);
    return !WHOLE_OPENER.test(between) && !NUMBER.test(between);
  });
}

/**
 * A carried topic agrees with a sentence that has cues of its own when every one of them is among the
 * topic's: "Early copies bore about 500 names. By lunchtime organisers were speaking of more than 700."
 * ("organisers" is a word of the signers' count, too weak to name it alone).
 */
export const carriedTopicAgrees = (topicKeys: readonly string[], own: readonly Cue[]) =>
  own.every((c) => topicKeys.includes(c.key));

/**
 * The cue keys only figure topics the count's own cues agree with have: "staff" names the headcount as
 * well as the signers, so "About 500 staff had signed. Organisers spoke of 650." carries "signed" alone.
 */
export function agreeingKeys(
  matcher: { figureClaims: readonly { id: string }[]; cueKeys: ReadonlyMap<string, readonly string[]> },
  own: readonly Cue[],
): Set<string> {
  const keys = new Set<string>();
  const others = new Set<string>();
  for (const claim of matcher.figureClaims) {
    const topic = matcher.cueKeys.get(claim.id) ?? [];
    for (const k of topic) (carriedTopicAgrees(topic, own) ? keys : others).add(k);
  }
  for (const k of others) keys.delete(k);
  return keys;
}

/** "A profile (The three people now in charge at OpenAI, page B3)": a count inside brackets is a cited title's or an aside's. */
export const inBrackets = (before: string) => before.lastIndexOf('(') > before.lastIndexOf(')');

/**
 * A sentence that turns to another body, place or strand: "At Quora, …", "In Dublin, …", "Separately, …",
 * "Meanwhile …", "Elsewhere, …". A time ("In November,", "At midnight,") or the story's company ("At
 * OpenAI,") is no turn.
 */
const SHIFT_OPENING =
  /^\W*(?:(?:separately|meanwhile|elsewhere|by\s+contrast|in\s+contrast|in\s+other\s+news|across\s+town)\b|(?:at|in|inside|across)\s+(?!OpenAI\b|the\s+company\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*,)/u;

/** A sentence that opens on another body, place or strand ("At Quora, …", "Meanwhile …"). */
export const turnsElsewhere = (sentence: string) => SHIFT_OPENING.test(sentence);

/** The whole a count is taken from, owned by a named other: "some 200 of Quora's 300 staff". */
const OTHERS_WHOLE_AFTER =
  /^\s*,?\s*(?:out\s+of|of|from|among|at|in)\s+(?!OpenAI['’]s)\p{Lu}[\p{L}.-]*['’]s\b/u;

/**
 * Acts no carried count of signers, a headcount or a board can take: jobs lost or given, protest in the
 * street, a crowd's attendance. "some 200 … were laid off", "1,500 … marched", "300 were hired".
 */
const FOREIGN_ACT =
  /\b(?:(?:were|was|been|being|get|got)\s+(?:laid\s+off|let\s+go|made\s+redundant|furloughed|sacked|axed|cut|hired|recruited|arrested|evacuated|injured|killed)|lost\s+(?:their|his|her)\s+jobs?|march(?:ed|es)|protest(?:ed|s)|rall(?:ied|ies)|demonstrat(?:ed|es)|picket(?:ed|s)|went\s+on\s+strike|struck|walked\s+out|attended|turned\s+out|queued|died)\b/iu;

/**
 * Does the count's sentence belong to something else, so that no topic may be carried into it? It opens
 * on another body, place or strand, takes its count from another's whole, or gives the count an act of
 * its own no story figure has ("In Dublin, 1,500, with some 2,000 on the payroll, marched").
 */
export function sentenceOwnedElsewhere(sentence: string, countEnd: number): boolean {
  return (
    SHIFT_OPENING.test(sentence) ||
    OTHERS_WHOLE_AFTER.test(sentence.slice(countEnd)) ||
    FOREIGN_ACT.test(sentence.slice(countEnd))
  );
}
