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

/**
 * The highlights of one block, given what the whole page says: names by
 * their tier, then claims. Ranges never overlap partially: a claim instance is
 * one highlight that may contain names and figures ("removed Greg Brockman
 * from the board" holds the name's highlight). Sorted by start, a container
 * before what it contains.
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
  const firstNameRegister = relevant && callsByFirstName(evidence);
  for (const name of scan.names) {
    const entity = matcher.entities.get(name.entityId)!;
    if (!options.entityKinds.has(entity.kind)) continue;
    // "Ilya", "satya": a shared first name counts where the page names the person in full or by surname.
    // Otherwise the page's habits speak for it: a page about the story that calls one of its people
    // by first name ("Sam", named in full elsewhere) calls the others so too ("Sam and Greg", "ilya
    // signed it"), and a surname listed beside another of its people is theirs ("Toner and
    // McCauley"). Not where the page gives that name to someone else ("Tom Ellery", "Dana Summers").
    if (name.tier === 'ambiguous' && !namedOnPage(evidence, name.entityId)) {
      const givenToAnother = evidence.namesakes?.has(`${name.firstName ? 'first' : 'last'}:${name.entityId}`);
      const byHabit = name.firstName ? firstNameRegister : relevant && !!evidence.listed?.has(name.entityId);
      if (givenToAnother || !byHabit) continue;
    }
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
      const { start, end, claimId, phrase, requires, ...verdict } = s;
      // "The chief scientist signing a letter…": only where the page names the one person it can mean.
      if (
        requires &&
        (!namedOnPage(evidence, requires.named) ||
          requires.unlessNamed.some((id) => namedOnPage(evidence, id)))
      )
        continue;
      candidates.push({ kind: 'claim', claimKind: 'statement', start, end, id: claimId, phrase, ...verdict });
    }
  }
  return removeOverlaps(candidates);
}

/** The page calls someone it names in full or by surname by first name alone: the story's people go by first names there. */
const callsByFirstName = (evidence: PageEvidence) =>
  [...(evidence.firstNames ?? [])].some((id) => namedOnPage(evidence, id));

const namedOnPage = (evidence: PageEvidence, id: string) =>
  evidence.namedInFull.has(id) || evidence.namedInContext.has(id);

const contains = (outer: Highlight, inner: Highlight) => outer.start <= inner.start && inner.end <= outer.end;
const overlaps = (a: Highlight, b: Highlight) => a.start < b.end && b.start < a.end;

function removeOverlaps(candidates: Highlight[]): Highlight[] {
  const names = candidates.filter((h) => h.kind === 'entity');
  const figures = candidates.filter((h) => h.kind === 'claim' && h.claimKind === 'figure');
  const statements = candidates.filter((h) => h.kind === 'claim' && h.claimKind === 'statement');
  const kept: Highlight[] = [...names];
  // A claim takes in a name it cuts ("Altman's return" over "Sam Altman"), so the name nests inside it.
  const widened = (claim: Highlight): Highlight => {
    let { start, end } = claim;
    for (const name of names) {
      if (name.start < end && start < name.end) {
        start = Math.min(start, name.start);
        end = Math.max(end, name.end);
      }
    }
    return start === claim.start && end === claim.end ? claim : { ...claim, start, end };
  };
  for (const claim of [...figures, ...statements].map(widened)) {
    const clash = kept.some(
      (k) =>
        k.kind === 'claim' &&
        overlaps(k, claim) &&
        !(contains(claim, k) && (k.start !== claim.start || k.end !== claim.end)),
    );
    if (!clash) kept.push(claim);
  }
  return kept.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === 'claim' ? -1 : 1));
}
