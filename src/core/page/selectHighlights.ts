import type { EntityKind } from '../dataset/schema.ts';
import type { FigureComparison } from '../claims/figureVerdict.ts';
import type { Verdict } from '../claims/verdict.ts';
import type { StatementVerdict } from '../claims/statementVerdict.ts';
import type { PageFigure } from '../figures/parseFigure.ts';
import type { Matcher } from '../match/compileMatcher.ts';
import type { BlockScan } from './scanBlock.ts';
import type { PageEvidence } from './pageRelevance.ts';

export type HighlightKind = 'entity' | 'claim';

export interface EntityHighlight {
  kind: 'entity';
  start: number;
  end: number;
  id: string;
  /** The dataset alias the text matched. */
  alias: string;
}

export interface FigureHighlight {
  kind: 'claim';
  claimKind: 'figure';
  start: number;
  end: number;
  id: string;
  verdict: Verdict;
  figure: PageFigure;
  comparisons: FigureComparison[];
}

export interface StatementHighlight extends Omit<StatementVerdict, 'verdict'> {
  kind: 'claim';
  claimKind: 'statement';
  start: number;
  end: number;
  id: string;
  verdict: Verdict;
  phrase: string;
}

export type Highlight = EntityHighlight | FigureHighlight | StatementHighlight;

export interface HighlightOptions {
  /** Highlight even where the page is not about the story. */
  ignoreRelevance: boolean;
  /** Which entity kinds to highlight; figure and statement claims go with `claims`. */
  entityKinds: ReadonlySet<EntityKind>;
  claims: boolean;
}

export const DEFAULT_HIGHLIGHT_OPTIONS: HighlightOptions = {
  ignoreRelevance: false,
  entityKinds: new Set(['person', 'organisation', 'product', 'event']),
  claims: true,
};

/** Earlier in this list wins where two highlights overlap. */
function rank(h: Highlight): number {
  if (h.kind === 'entity') return 0;
  return h.claimKind === 'figure' ? 1 : 2;
}

/**
 * The highlights of one block, given what the whole page says: names by
 * their tier, claims, and no two ranges overlapping. A statement phrase that
 * contains a name ("joins Microsoft") keeps the parts around the name.
 */
export function selectHighlights(
  matcher: Matcher,
  scan: BlockScan,
  evidence: PageEvidence,
  relevant: boolean,
  options: HighlightOptions = DEFAULT_HIGHLIGHT_OPTIONS,
): Highlight[] {
  if (!relevant && !options.ignoreRelevance) return [];
  const candidates: Highlight[] = [];
  for (const name of scan.names) {
    const entity = matcher.entities.get(name.entityId)!;
    if (!options.entityKinds.has(entity.kind)) continue;
    if (name.tier === 'ambiguous' && !evidence.namedInFull.has(name.entityId)) continue;
    if (name.tier === 'context' && !relevant && !evidence.namedInFull.has(name.entityId)) continue;
    candidates.push({
      kind: 'entity',
      start: name.start,
      end: name.end,
      id: name.entityId,
      alias: name.alias,
    });
  }
  if (options.claims) {
    for (const f of scan.figures) {
      candidates.push({
        kind: 'claim',
        claimKind: 'figure',
        start: f.start,
        end: f.end,
        id: f.claimId,
        verdict: f.verdict,
        figure: f.figure,
        comparisons: f.comparisons,
      });
    }
    for (const s of scan.statements) {
      const { start, end, claimId, phrase, ...verdict } = s;
      candidates.push({ kind: 'claim', claimKind: 'statement', start, end, id: claimId, phrase, ...verdict });
    }
  }
  return removeOverlaps(candidates, scan.text);
}

function removeOverlaps(candidates: Highlight[], text: string): Highlight[] {
  const kept: Highlight[] = [];
  for (const h of [...candidates].sort((a, b) => rank(a) - rank(b) || a.start - b.start)) {
    const blockers = kept.filter((k) => k.start < h.end && h.start < k.end).sort((a, b) => a.start - b.start);
    if (!blockers.length) {
      kept.push(h);
    } else if (h.kind === 'claim' && h.claimKind === 'statement') {
      // Keep the pieces of the phrase between the names it contains.
      let from = h.start;
      for (const b of [...blockers, { start: h.end, end: h.end }]) {
        const piece = text.slice(from, b.start);
        const lead = piece.length - piece.trimStart().length;
        const trail = piece.length - piece.trimEnd().length;
        if (piece.trim()) kept.push({ ...h, start: from + lead, end: b.start - trail });
        from = Math.max(from, b.end);
      }
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}
