import type { ContentDataset, ContentEvent, ContentSource, Entity } from '../dataset/schema.ts';
import type { Highlight } from '../page/selectHighlights.ts';
import type { Range } from '../figureRange.ts';
import { axisOf, byTime } from '../story/figureChart.ts';
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

export interface FigureRow {
  outlet: string;
  wording: string;
  /** When the figure held, or when the source was published. */
  when?: string;
  provenance?: string;
  overlaps: boolean;
  range: Range;
  note?: string;
}

export interface FigureCardModel {
  kind: 'figure';
  title: string;
  question: string;
  pageWording: string;
  verdict: Verdict;
  /** Why the claim differs, in one sentence; absent where it agrees. */
  why?: string;
  pageRange: Range;
  rows: FigureRow[];
  /** The axis every range is drawn on. */
  scale: Range;
  differs: number;
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

function sourceWhen(source: ContentSource | undefined): string | undefined {
  return source?.date;
}

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
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));

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
        outlets: ids.map((id) => sources.get(id)?.outlet ?? id),
      })),
      ...(claim.reversal ? { reversal: { date: claim.reversal.date, summary: claim.reversal.summary } } : {}),
    };
  }

  const page = highlight.figure;
  const reports = new Map(claim.reports.map((r) => [r.source, r]));
  // The verdict's own comparisons: every report figure in the page's unit, with whether it overlaps.
  const rows: FigureRow[] = byTime(
    highlight.comparisons.map(({ source: id, figure, overlaps }) => {
      const source = sources.get(id);
      const citing = reports.get(id)?.citing;
      const when = figure.asOf ?? sourceWhen(source);
      return {
        outlet: source?.outlet ?? id,
        wording: figure.wording,
        ...(when ? { when } : {}),
        ...(citing ? { provenance: `citing ${citing}` } : {}),
        overlaps,
        range: { low: figure.low, high: figure.high },
        ...(figure.where ? { note: `in the ${figure.where}` } : {}),
      };
    }),
  );
  const scale = axisOf([...rows.map((r) => r.range), page]);
  return {
    kind: 'figure',
    title: claim.title,
    question: claim.question,
    pageWording: page.wording,
    verdict: highlight.verdict,
    ...withWhy(explainVerdict(dataset, highlight)),
    pageRange: { low: page.low, high: page.high },
    rows,
    scale,
    differs: rows.filter((r) => !r.overlaps).length,
  };
}

/** The card for any highlight: a name's or a claim's. */
export function cardModelFor(dataset: ContentDataset, highlight: Highlight): CardModel | undefined {
  return highlight.kind === 'entity'
    ? entityCard(dataset, highlight.id, highlight.alias)
    : claimCard(dataset, highlight);
}
