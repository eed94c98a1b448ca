import type { ContentClaim } from '../dataset/schema.ts';
import { cueKey, type Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';
import type { PageFigure } from '../figures/parseFigure.ts';
import { STORY_ORGANISATION } from '../page/pageRelevance.ts';
import { sentenceAround, type Span } from '../text/splitSentences.ts';
import { comparableUnits, figureVerdict, type FigureVerdict } from './figureVerdict.ts';

export interface FigureClaimHit extends FigureVerdict {
  start: number;
  end: number;
  claimId: string;
  figure: PageFigure;
}

/*
 * How a figure is tied to a topic: a score from the words and names of its
 * sentence. Each weight is named for what it stands for.
 */
/** A cue this close to the figure (in characters) is near. */
const NEAR = 50;
/** A cue word near the figure: the figure's own topic ("505 employees signed"). */
const NEAR_CUE = 2;
/** A cue elsewhere in the sentence: it supports a topic but does not decide it. */
const FAR_CUE = 0.5;
/** A cue just before the figure governs it ("valued at $86bn", "a stake of 49%"): it outweighs another topic's near cue and a name. */
const GOVERNING_CUE = 1.5;
/** How close "just before" is, in characters. */
const GOVERNING_REACH = 16;
/** One of the claim's people or organisations (other than OpenAI, which every claim shares) in the sentence. */
const NAMED_ENTITY = 0.5;
/** The name just before the figure is the claim's ("Anthropic … 40% versus OpenAI's 27%"). */
const NEAREST_NAME = 1;
/** A figure in a total's place ("of OpenAI's 770 employees") is what a total claim counts. */
const TOTAL_PLACE = 4;
/** …and rarely what a part counts ("738 of 770": the 770 is not the signatories). */
const TOTAL_PLACE_FOR_PART = -2;
/** The least score that ties a figure to a topic: one near cue. */
const THRESHOLD = NEAR_CUE;
/** An age needs no cue: its form says what it is ("Altman, 38,"). */
const AGE_FORM = THRESHOLD;
/** In a block that names nobody from the story, a topic needs one more cue's worth. */
const UNNAMED_TOPIC = 1;
/** A count this many times below or above every report counts something else ("two employees who spoke"). */
const PLAUSIBLE_RATIO = 4;

/**
 * Cues that mark a claim as a total (a headcount, the founding team). A total
 * is claimed only by a figure in a total's place: "X of [OpenAI's] Y",
 * "OpenAI's Y", "OpenAI has Y", "a staff of Y".
 */
const TOTAL_CUES = new Set(['headcount', 'workforce', 'team size']);
const TOTAL_BEFORE =
  /(?:\bof(?: (?:the|its|OpenAI['’]s)(?: original| total| entire| whole)?)?|\bout of|['’]s|\bits|\bhas|\bhad|\bemploys|\ba (?:staff|workforce) of)\s+$/i;
/** Talk of what might be ("would value the company at", "if 700 walked out") states no figure. */
const HYPOTHETICAL_BEFORE = /\b(?:would|could|might|may|if)\b[^,;.]*$|^\W*Had\b/i;
/** "the other two members" counts a part of something, not the claim's whole. */
const OTHER_BEFORE = /\bother\s+$/i;

interface CueHit {
  key: string;
  start: number;
  end: number;
}

/** Every cue word of every figure claim in one sentence, found in one search. */
function findCues(matcher: Matcher, text: string, span: Span): CueHit[] {
  if (!matcher.figureCues) return [];
  const hits: CueHit[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(matcher.figureCues)) {
    const cue = m[1]!;
    hits.push({ key: cueKey(cue), start: span.start + m.index, end: span.start + m.index + cue.length });
  }
  return hits;
}

function isPersonClaim(matcher: Matcher, claim: ContentClaim): boolean {
  return (
    claim.entities.length > 0 && claim.entities.every((id) => matcher.entities.get(id)?.kind === 'person')
  );
}

function score(
  matcher: Matcher,
  claim: ContentClaim,
  figure: PageFigure,
  cues: CueHit[],
  sentenceNames: NameHit[],
): number {
  let total = 0;
  for (const key of matcher.cueKeys.get(claim.id) ?? []) {
    let best = 0;
    for (const cue of cues) {
      if (cue.key !== key) continue;
      const before = cue.end <= figure.start;
      const distance = cue.start >= figure.end ? cue.start - figure.end : figure.start - cue.end;
      const weight = distance <= NEAR ? NEAR_CUE : FAR_CUE;
      best = Math.max(best, weight + (before && distance <= GOVERNING_REACH ? GOVERNING_CUE : 0));
    }
    total += best;
  }
  for (const id of new Set(sentenceNames.map((n) => n.entityId))) {
    if (id !== STORY_ORGANISATION && claim.entities.includes(id)) total += NAMED_ENTITY;
  }
  const nearest = sentenceNames.filter((n) => n.end <= figure.start).at(-1);
  if (nearest && claim.entities.includes(nearest.entityId)) total += NEAREST_NAME;
  return total;
}

/** How far before a figure its owner's name may be ("Meta, which also put $14.3 billion"). */
const OWNER_REACH = 40;

/** The name the figure belongs to: just before it, in its clause, or before ", which". */
function ownerOf(text: string, figure: PageFigure, sentenceNames: NameHit[]): NameHit | undefined {
  const name = sentenceNames.filter((n) => n.end <= figure.start).at(-1);
  if (!name) return undefined;
  const between = text.slice(name.end, figure.start);
  if (between.length > OWNER_REACH || /[;:–—]/.test(between)) return undefined;
  return !between.includes(',') || /^['’]?s?,\s*(?:which|who)\b/.test(between) ? name : undefined;
}

/** The figure is of the order of what the reports count, not a count of something else. */
function isPlausible(claim: ContentClaim, figure: PageFigure): boolean {
  // Shares move within a few points; every other quantity has an order of magnitude.
  if (figure.unit === 'percent') return true;
  const reported = claim.reports
    .flatMap((r) => r.figures ?? [])
    .filter((f) => comparableUnits(figure.unit, f.unit));
  if (!reported.length) return true;
  const low = Math.min(...reported.map((f) => f.low));
  const high = Math.max(...reported.map((f) => f.high));
  return figure.high * PLAUSIBLE_RATIO >= low && figure.low <= high * PLAUSIBLE_RATIO;
}

/**
 * Ties each figure to the claim topic its sentence is about, from the cue
 * words around it and the people named with it; figures no topic claims stay
 * unmarked. `names` are the block's names, used to check who a sentence is about.
 */
export function detectFigureClaims(
  matcher: Matcher,
  text: string,
  figures: PageFigure[],
  names: NameHit[],
): FigureClaimHit[] {
  const blockEntities = new Set(names.map((n) => n.entityId));
  const cuesBySentence = new Map<number, CueHit[]>();
  const hits: FigureClaimHit[] = [];
  let span: Span = { start: 0, end: 0 };
  for (const figure of figures) {
    // Figures come in text order: one sentence often holds several.
    if (figure.start >= span.end) span = sentenceAround(text, figure.start);
    const before = text.slice(span.start, figure.start);
    if (!figure.isAge && (HYPOTHETICAL_BEFORE.test(before) || OTHER_BEFORE.test(before))) continue;
    let cues = cuesBySentence.get(span.start);
    if (!cues) cuesBySentence.set(span.start, (cues = findCues(matcher, text, span)));
    const sentenceNames = names.filter((n) => n.start >= span.start && n.end <= span.end);
    const isTotal = TOTAL_BEFORE.test(text.slice(span.start, figure.start));
    const owner = ownerOf(text, figure, sentenceNames);
    let best: { claim: ContentClaim; score: number } | undefined;

    for (const claim of matcher.figureClaims) {
      if (!claim.reports.some((r) => r.figures?.some((f) => comparableUnits(figure.unit, f.unit)))) continue;
      const named = claim.entities.some((id) => blockEntities.has(id));
      // A topic of the story's organisation may go unnamed in a block ("the company", a list item);
      // any other needs one of its entities there.
      if (!named && !claim.entities.includes(STORY_ORGANISATION)) continue;
      // "490 employees" counts employees, not board members: the noun must be one of the topic's words
      // ("new members" counts members).
      if (
        figure.noun &&
        (figure.unit === 'people' || figure.unit === 'count') &&
        !matcher.cueKeys.get(claim.id)?.some((cue) => cue === figure.noun || cue.endsWith(` ${figure.noun}`))
      )
        continue;
      if (!isPlausible(claim, figure)) continue;
      // "Anthropic has 300 employees", "Meta, which also put $14.3 billion into Scale AI": a figure
      // right after another organisation's name is that organisation's.
      if (
        owner &&
        matcher.entities.get(owner.entityId)?.kind === 'organisation' &&
        !claim.entities.includes(owner.entityId)
      )
        continue;
      const personal = isPersonClaim(matcher, claim);
      if (figure.isAge !== (personal && claim.cues.includes('age'))) continue;
      if (personal) {
        // About a person: the person named nearest before the figure (else just after it) must be theirs.
        const people = sentenceNames.filter((n) => matcher.entities.get(n.entityId)?.kind === 'person');
        const owner =
          people.filter((n) => n.end <= figure.start).at(-1) ?? people.find((n) => n.start >= figure.end);
        if (!owner || !claim.entities.includes(owner.entityId)) continue;
      }
      let s = score(matcher, claim, figure, cues, sentenceNames);
      if (claim.cues.some((c) => TOTAL_CUES.has(c))) {
        if (!isTotal || (figure.unit !== 'people' && figure.unit !== 'count')) continue;
        s += TOTAL_PLACE;
      } else if (isTotal && (figure.unit === 'people' || figure.unit === 'count')) {
        s += TOTAL_PLACE_FOR_PART;
      }
      if (figure.isAge) s += AGE_FORM;
      const needed = names.length ? THRESHOLD : THRESHOLD + UNNAMED_TOPIC;
      if (s >= needed && (!best || s > best.score)) best = { claim, score: s };
    }
    if (!best) continue;
    const verdict = figureVerdict(best.claim, figure, matcher.sourceDates);
    if (verdict)
      hits.push({ start: figure.start, end: figure.end, claimId: best.claim.id, figure, ...verdict });
  }
  return hits;
}
