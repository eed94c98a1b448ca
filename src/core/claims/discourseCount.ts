/*
 * A count carried by the discourse. Once running text has said what it is counting ("How many
 * signed?", "the letter's signatures", a count it has already tied to a topic), the next numbers
 * come bare:
 *
 *   "How many signed? Outlets disagreed. One said 505. Later the count was more than 700."
 *   "The count of names was put at nearly 500 early on and more than 700 later."
 *   "Reports had it at about 500." (a reply under "The number is the story: 700 now.")
 *
 * A number with no counted noun of its own (or only "count", "figure", "tally", "it") takes the
 * topic of the nearest count or topic-naming sentence before it in its block, where the number is
 * of the right kind for that topic (the caller's `fits`). The walk stops at a sentence that turns to
 * another body or place, or that holds a count of something else: "The firm has 40 offices. Later it
 * was 500." carries nothing.
 */
import { COUNTED_THINGS } from '../figures/parseFigure.ts';

interface Span {
  start: number;
  end: number;
}

export interface DiscourseWalk<C> {
  text: string;
  /** The bare count. */
  figure: Span;
  /** Its sentence. */
  span: Span;
  /** The block's sentences before the count's, in text order. */
  earlier: readonly Span[];
  /** Every count of people of the block (no ages, sums or shares). */
  counts: readonly Span[];
  /** The block's counts of people already tied to a topic, in text order. */
  hits: readonly (Span & { claimId: string })[];
  /**
   * The topic a count of this claim would have, if the bare count can be of it (kind, size, the count's
   * own words; not its words where they are the claim's count's too, in one sentence).
   */
  fits: (claimId: string, sameSentence?: boolean) => C | undefined;
  /** The topic a sentence's own words name, if any. */
  named: (sentence: Span) => C | undefined;
  /** A sentence about another body, place or strand. */
  ownedElsewhere: (sentence: Span) => boolean;
}

/** How many sentences back the discourse's topic is looked for. */
const DISCOURSE_SENTENCES = 4;
/** How far back (in characters from the count) the sentence it continues may start. */
const DISCOURSE_REACH = 700;

/**
 * What may stand between two counts of one sentence that share a topic: "nearly 500 early on and more
 * than 700 later", "around 505; by evening reporters were citing more than 700". Not a bracket (an
 * aside's count), nor a whole the later count is of ("700, at a company with 770 on the payroll").
 */
const COORDINATED = /^[^.!?()]{0,80}$/u;
const OTHER_WHOLE_BETWEEN =
  /\b(?:out\s+of|among|company|firm|staff|workforce|payroll|headcount|employ(?:s|ed|ing|ees)?|total)\b/iu;

/** A sentence that holds a count the block tied to no topic: "The building has 40 floors." */
export const holdsOtherCount = (sentence: Span, counts: readonly Span[], hits: readonly Span[]) =>
  counts.some(
    (c) =>
      c.start >= sentence.start &&
      c.end <= sentence.end &&
      !hits.some((h) => h.start === c.start && h.end === c.end),
  );

/** The topic the discourse gives a bare count in its block, or undefined. */
export function discourseTopic<C>(walk: DiscourseWalk<C>): C | undefined {
  const { text, figure, span } = walk;
  // "nearly 500 early on and more than 700 later": coordinated counts share their topic.
  const sameSentence = walk.hits.filter((h) => h.start >= span.start && h.end <= figure.start).at(-1);
  if (sameSentence) {
    const between = text.slice(sameSentence.end, figure.start);
    return COORDINATED.test(between) &&
      !OTHER_WHOLE_BETWEEN.test(between) &&
      !walk.counts.some((c) => c.start >= sameSentence.end && c.end <= figure.start)
      ? walk.fits(sameSentence.claimId, true)
      : undefined;
  }
  // "Of some 40 offices, 12 closed": a count of something else before it in its sentence.
  if (walk.counts.some((c) => c.start >= span.start && c.end <= figure.start)) return undefined;
  // Nearest first: a sentence's own count, else the topic its words name.
  let taken = 0;
  for (const sentence of [...walk.earlier].reverse()) {
    if (taken++ >= DISCOURSE_SENTENCES || figure.start - sentence.start > DISCOURSE_REACH) break;
    if (walk.ownedElsewhere(sentence)) break;
    const asks = /\?\W*$/u.test(text.slice(sentence.start, sentence.end));
    const hit = walk.hits.filter((h) => h.start >= sentence.start && h.end <= sentence.end).at(-1);
    if (hit) return walk.fits(hit.claimId);
    // "The firm has 40 offices.": a sentence about another count ends the walk.
    if (holdsOtherCount(sentence, walk.counts, walk.hits)) break;
    // "How many calls did the directors make?": the answer counts the calls, not the directors.
    if (asks && COUNTED_THINGS.test(text.slice(sentence.start, sentence.end))) return undefined;
    const topic = walk.named(sentence);
    // "Total headcount? 700-plus.": a question sets what its answer counts; the count before it is no guide.
    if (topic || asks) return topic;
  }
  return undefined;
}
