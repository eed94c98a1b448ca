import type { LeadBlock } from './blockLead.ts';
import { findCues } from '../claims/detectFigureClaims.ts';
import { echoWeight, reportedValues } from '../claims/reportedValueEcho.ts';
import type { PageFigure } from '../figures/parseFigure.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import type { ContentClaim } from '../dataset/schema.ts';

/**
 * A count across the turns of a transcript, an interview or a Q&A: "DANA: … the first thing I see is
 * this letter …" | "THEO: And the count kept climbing." | "DANA: Right. Kara Swisher had 505 early on."
 * A short turn with no cue word of its own ("And the count kept climbing", "Go on", "Really?") carries
 * on the topic of the long block before it, so that block's cue words stay in reach of a figure a turn
 * or two later. Only the block's text is kept: its cue words are read when a figure first asks for them
 * (once for the block, however many figures ask), so a page's long blocks are not read for cues twice.
 */
export interface LastLong {
  /** The long block, and its cue keys once a figure has asked for them. */
  block: { text: string; cues?: string[] };
  /** How many short blocks with no cue came after it. */
  turns: number;
}

/** A question after a number or a measure: "Out of how many?", "How big is it now?", "And the total?". */
const ASKS_MEASURE =
  /\b(?:how\s+(?:many|much|big|large)|out\s+of|total|whole|altogether|in\s+all|overall)\b[^?]*\?/i;

/** How many short cue-less turns a long block's topic survives ("And?" | "Right." | the answer). */
const TURNS = 2;

/** What the lead keeps of the last long block after this one: the block itself if long, else the one before. */
export function lastLongAfter(
  text: string,
  own: LeadBlock | undefined,
  previous: LastLong | undefined,
): LastLong | undefined {
  if (!own) return { block: { text }, turns: 0 };
  // A short block that names a cue or an entity speaks for itself (it joins the lead's blocks).
  if (!previous || own.cues.length || own.entities.length || previous.turns >= TURNS) return undefined;
  // "Out of how many?", "How big is the company?": a turn that asks for another measure turns the topic.
  if (ASKS_MEASURE.test(text)) return undefined;
  return { block: previous.block, turns: previous.turns + 1 };
}

/** The cue keys of the carried long block, read once (`find` runs over its whole text the first time only). */
function carriedCues(last: LastLong | undefined, find: (text: string) => string[]): string[] {
  if (!last || last.turns === 0) return [];
  return (last.block.cues ??= find(last.block.text));
}

/**
 * The topic of the long turn a short turn or two up, for a count that names none: only where the count
 * is a value the reports give for that topic ("505" for the signers), since a long turn names many.
 */
export function turnCarried(
  matcher: Matcher,
  text: string,
  figure: PageFigure,
  last: LastLong | undefined,
  read: (extra: LeadBlock) => ContentClaim | undefined,
): ContentClaim | undefined {
  if (!last || last.turns === 0) return undefined;
  // A value only one topic's reports give ("505", the signers) names that topic alone. Checked first:
  // most counts are no reported value, and they never pay for reading the long turn's cues.
  const values = reportedValues(matcher.figureClaims);
  const weights = matcher.figureClaims.map((c) => echoWeight(values, c, text, figure));
  const top = Math.max(0, ...weights);
  if (top === 0) return undefined;
  const echoed = matcher.figureClaims.filter((_, i) => weights[i] === top);
  // Only the turn's words of a topic the count is a reported value of ("letter", not "staff" of the headcount).
  const keys = new Set(echoed.flatMap((c) => matcher.cueKeys.get(c.id) ?? []));
  const all = carriedCues(last, (t) => findCues(matcher, t, { start: 0, end: t.length }).map((h) => h.key));
  const cues = all.filter((k) => keys.has(k));
  if (!cues.length) return undefined;
  const best = read({ cues, entities: [] });
  if (!best || echoed.includes(best)) return best;
  // "staff" is the headcount's word too: the words the other topic shares are left out, once.
  const own = new Set(matcher.cueKeys.get(best.id) ?? []);
  const rest = cues.filter((k) => !own.has(k));
  const again = rest.length ? read({ cues: rest, entities: [] }) : undefined;
  return again && echoed.includes(again) ? again : undefined;
}
