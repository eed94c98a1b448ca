import type { ContentDataset, Dataset } from './schema.ts';

/** The dataset as the content script needs it: what matching and cards read, nothing only the popup shows. */
export function projectContentDataset(dataset: Dataset): ContentDataset {
  return {
    sources: dataset.sources.map(({ id, outlet, date, kind, named }) => ({
      id,
      outlet,
      kind,
      ...(date === undefined ? {} : { date }),
      ...(named === undefined ? {} : { named }),
    })),
    entities: dataset.entities,
    claims: dataset.claims.map((claim) => ({
      ...claim,
      reports: claim.reports.map(({ summary: _s, note: _n, quote: _q, ...kept }) => kept),
    })),
    events: dataset.events.map(({ id, date, title, entities }) => ({ id, date, title, entities })),
  };
}
