import type { ContentDataset, ContentEvent, Entity } from '../dataset/schema.ts';
import type { Highlight } from '../page/selectHighlights.ts';
import { chartPanels, chartRows, type ChartPanel, type ReferenceFigure } from '../story/figureChart.ts';
import type { Verdict } from '../claims/verdict.ts';
import { explainVerdict } from './explainVerdict.ts';

/** What a hover card shows, as plain data: the card's renderer only lays it out. */
export type CardModel = EntityCardModel | FigureCardModel | StatementCardModel;

export interface EntityCardModel {
  kind: 'entity';
  title: string;
  /** "Person", "Organisation"… */
  label: string;
  role: string;
  description: string;
  events: Array<{ date: string; title: string }>;
  sourceCount: number;
  /** Why this text was highlighted. */
  matched: string;
}

export interface FigureCardModel {
  kind: 'figure';
  title: string;
  question: string;
  pageWording: string;
  verdict: Verdict;
  /** Why the claim differs, in one sentence; absent where it agrees. */
  why?: string;
  /** The page's figure: the reference line on the chart of its period. */
  page: ReferenceFigure;
  /**
   * One axis per unit and period: the page's period first (its reference
   * line drawn), then other periods, which are change over time.
   */
  panels: ChartPanel[];
  /** Reports of the page's period whose figure does not overlap the page's, of `compared`. */
  differs: number;
  compared: number;
}

export interface StatementCardModel {
  kind: 'statement';
  title: string;
  question: string;
  pageWording: string;
  verdict: Verdict;
  /** Why the claim differs or was overturned, in one sentence; absent where it agrees. */
  why?: string;
  versions: Array<{ version: string; outlets: string[] }>;
  reversal?: { date: string; summary: string };
}

const KIND_LABEL: Record<Entity['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  product: 'Product',
  event: 'Event',
};

export function entityCard(
  dataset: ContentDataset,
  entityId: string,
  matchedAlias: string,
): EntityCardModel | undefined {
  const entity = dataset.entities.find((e) => e.id === entityId);
  if (!entity) return undefined;
  const events: ContentEvent[] = dataset.events
    .filter((e) => e.entities.includes(entity.id))
    .sort((a, b) => a.date.localeCompare(b.date));
  return {
    kind: 'entity',
    title: entity.name,
    label: KIND_LABEL[entity.kind],
    role: entity.role,
    description: entity.description,
    events: events.slice(0, 4).map((e) => ({ date: e.date, title: e.title })),
    sourceCount: entity.sources.length,
    matched:
      matchedAlias === entity.name
        ? `Matched the name "${matchedAlias}".`
        : `Matched "${matchedAlias}", a name for ${entity.name}.`,
  };
}

const withWhy = (why: string | undefined) => (why ? { why } : {});

/** The card for a highlighted figure or statement claim. */
export function claimCard(
  dataset: ContentDataset,
  highlight: Highlight,
): FigureCardModel | StatementCardModel | undefined {
  if (highlight.kind !== 'claim') return undefined;
  const claim = dataset.claims.find((c) => c.id === highlight.id);
  if (!claim) return undefined;

  if (highlight.claimKind === 'statement') {
    return {
      kind: 'statement',
      title: claim.title,
      question: claim.question,
      pageWording: highlight.phrase,
      verdict: highlight.verdict,
      ...withWhy(explainVerdict(dataset, highlight)),
      versions: highlight.versions.map(({ version, sources: ids }) => ({
        version,
        // Two reports of one outlet name it once.
        outlets: [...new Set(ids.map((id) => dataset.sources.find((s) => s.id === id)?.outlet ?? id))],
      })),
      ...(claim.reversal ? { reversal: { date: claim.reversal.date, summary: claim.reversal.summary } } : {}),
    };
  }

  const page = highlight.figure;
  // The verdict's own comparisons: every report figure in the page's unit, with whether it overlaps.
  const panels = chartPanels(chartRows(dataset, claim, highlight.comparisons), page).sort(
    (a, b) => Number(b.hasPage) - Number(a.hasPage),
  );
  const compared = panels.filter((p) => p.hasPage).flatMap((p) => p.rows);
  return {
    kind: 'figure',
    title: claim.title,
    question: claim.question,
    pageWording: page.wording,
    verdict: highlight.verdict,
    ...withWhy(explainVerdict(dataset, highlight)),
    page: { low: page.low, high: page.high, unit: page.unit, wording: page.wording },
    panels,
    differs: compared.filter((r) => r.overlaps === false).length,
    compared: compared.length,
  };
}

/** The card for any highlight: a name's or a claim's. */
export function cardModelFor(dataset: ContentDataset, highlight: Highlight): CardModel | undefined {
  return highlight.kind === 'entity'
    ? entityCard(dataset, highlight.id, highlight.alias)
    : claimCard(dataset, highlight);
}
