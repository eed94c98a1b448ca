import type { ContentClaim } from '../dataset/schema.ts';
import { cueKey, type Matcher } from '../match/compileMatcher.ts';
import type { NameHit } from '../match/findNames.ts';
import type { PageFigure } from '../figures/parseFigure.ts';
import { spanAt, type Span } from '../text/splitSentences.ts';
import { comparableUnits, figureVerdict, type FigureVerdict } from './figureVerdict.ts';

export interface FigureClaimHit extends FigureVerdict {
  start: number;
  end: number;
  claimId: string;
  figure: PageFigure;
}

/** A cue this close to the figure (in characters) counts double. */
const NEAR = 50;
/** The least score that ties a figure to a topic: one cue close by. */
const THRESHOLD = 2;
/**
 * Cues that mark a claim as a total (a headcount). A total is claimed only by
 * a figure in a total's place: "X of [OpenAI's] Y", "OpenAI's Y", "OpenAI has Y".
 */
const TOTAL_CUES = new Set(['headcount', 'workforce']);
const TOTAL_BEFORE = /(?:\bof|\bout of|['’]s|\bits|\bhas|\bhad|\bemploys|\ba (?:staff|workforce) of)\s+$/i;

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
      const distance = cue.start >= figure.end ? cue.start - figure.end : figure.start - cue.end;
      best = Math.max(best, distance <= NEAR ? 2 : 1);
      if (best === 2) break;
    }
    total += best;
  }
  for (const id of new Set(sentenceNames.map((n) => n.entityId))) {
    if (id !== 'openai' && claim.entities.includes(id)) total += 0.5;
  }
  // "Anthropic … 40% versus OpenAI's 27%": each figure belongs with the name just before it.
  const nearest = sentenceNames.filter((n) => n.end <= figure.start).at(-1);
  if (nearest && claim.entities.includes(nearest.entityId)) total += 1;
  return total;
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
  sentences: Span[],
): FigureClaimHit[] {
  const blockEntities = new Set(names.map((n) => n.entityId));
  const cuesBySentence = new Map<number, CueHit[]>();
  const hits: FigureClaimHit[] = [];
  for (const figure of figures) {
    const span = spanAt(sentences, figure.start);
    let cues = cuesBySentence.get(span.start);
    if (!cues) cuesBySentence.set(span.start, (cues = findCues(matcher, text, span)));
    const sentenceNames = names.filter((n) => n.start >= span.start && n.end <= span.end);
    const isTotal = TOTAL_BEFORE.test(text.slice(span.start, figure.start));
    let best: { claim: ContentClaim; score: number } | undefined;

    for (const claim of matcher.figureClaims) {
      if (!claim.reports.some((r) => r.figures?.some((f) => comparableUnits(figure.unit, f.unit)))) continue;
      if (!claim.entities.some((id) => blockEntities.has(id))) continue;
      // "490 employees" counts employees, not board members: the noun must be one of the topic's words.
      if (figure.noun && figure.unit === 'people' && !matcher.cueKeys.get(claim.id)?.includes(figure.noun))
        continue;
      const personal = isPersonClaim(matcher, claim);
      if (figure.isAge !== (personal && claim.cues.includes('age'))) continue;
      if (personal) {
        // About a person: the nearest person named before the figure must be theirs.
        const before = sentenceNames
          .filter((n) => n.end <= figure.start && matcher.entities.get(n.entityId)?.kind === 'person')
          .at(-1);
        if (!before || !claim.entities.includes(before.entityId)) continue;
      }
      let s = score(matcher, claim, figure, cues, sentenceNames);
      if (claim.cues.some((c) => TOTAL_CUES.has(c))) {
        if (!isTotal || figure.unit !== 'people') continue;
        s += 4;
      } else if (isTotal && (figure.unit === 'people' || figure.unit === 'count')) {
        s -= 2;
      }
      if (figure.isAge) s += THRESHOLD;
      if (s >= THRESHOLD && (!best || s > best.score)) best = { claim, score: s };
    }
    if (!best) continue;
    const verdict = figureVerdict(best.claim, figure);
    if (verdict)
      hits.push({ start: figure.start, end: figure.end, claimId: best.claim.id, figure, ...verdict });
  }
  return hits;
}
