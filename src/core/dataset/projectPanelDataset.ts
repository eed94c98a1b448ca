import type { Dataset, PanelDataset } from './schema.ts';

/**
 * The dataset as the popup draws it: without the claims' frames and cues and
 * the names' matching hints, which only the engine reads and which are most
 * of claims.json. The popup parses what it is given when it opens.
 */
export function projectPanelDataset(dataset: Dataset): PanelDataset {
  return {
    sources: dataset.sources,
    entities: dataset.entities.map(
      ({ ambiguousAliases: _a, ordinaryWords: _o, epithets: _e, ...kept }) => kept,
    ),
    claims: dataset.claims.map(
      ({ cues: _c, frames: _f, requires: _r, excludes: _x, whole: _w, ...kept }) => kept,
    ),
    events: dataset.events,
  };
}
