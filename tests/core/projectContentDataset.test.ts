/**
 * The content script ships a projection of the dataset. It must keep every
 * field the page path reads: on every seed page, matching and every card come
 * out the same from the projection as from the full dataset.
 */
import { describe, expect, it } from 'vitest';
import { claimCard, entityCard } from '../../src/core/cards/cardModels.ts';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { projectContentDataset } from '../../src/core/dataset/projectContentDataset.ts';
import { compileMatcher } from '../../src/core/match/compileMatcher.ts';
import type { Highlight } from '../../src/core/page/selectHighlights.ts';
import { annotate } from './helpers/annotate.ts';
import { SEED_PREFIXES, seedBlocks } from './helpers/seeds.ts';

const projected = projectContentDataset(bundledDataset);
const projectedMatcher = compileMatcher(projected);

const cardOf = (dataset: typeof projected, h: Highlight) =>
  h.kind === 'entity' ? entityCard(dataset, h.id, h.alias) : claimCard(dataset, h);

describe('projectContentDataset', () => {
  it('leaves out what only the popup shows', () => {
    for (const source of projected.sources)
      expect(Object.keys(source).sort()).toEqual(
        // What a card says of who reported otherwise: the outlet, its kind, whether it is named.
        [
          ...(source.date ? ['date'] : []),
          'id',
          'kind',
          ...(source.named === false ? ['named'] : []),
          'outlet',
        ],
      );
    for (const event of projected.events)
      expect(Object.keys(event).sort()).toEqual(['date', 'entities', 'id', 'title']);
    for (const report of projected.claims.flatMap((c) => c.reports)) {
      expect(report).not.toHaveProperty('summary');
      expect(report).not.toHaveProperty('note');
      expect(report).not.toHaveProperty('quote');
    }
    expect(JSON.stringify(projected).length).toBeLessThan(JSON.stringify(bundledDataset).length * 0.9);
  });

  it('does not change the dataset it is given', () => {
    const before = JSON.stringify(bundledDataset);
    projectContentDataset(bundledDataset);
    expect(JSON.stringify(bundledDataset)).toBe(before);
  });

  describe.each(SEED_PREFIXES)('on seed %s', (prefix) => {
    const full = annotate(seedBlocks(prefix));
    const cut = annotate(seedBlocks(prefix), projectedMatcher);

    it('finds the same highlights', () => {
      expect(full.highlights.length).toBeGreaterThan(0);
      expect(cut).toEqual(full);
    });

    it('builds the same card for every highlight', () => {
      for (const [i, h] of full.highlights.entries()) {
        const card = cardOf(bundledDataset, h);
        expect(card).toBeDefined();
        expect(cardOf(projected, cut.highlights[i]!)).toEqual(card);
      }
    });
  });

  it('is exercised by every kind of card across the seeds', () => {
    const kinds = new Set(
      SEED_PREFIXES.flatMap((p) =>
        annotate(seedBlocks(p), projectedMatcher).highlights.map((h) =>
          h.kind === 'entity' ? 'entity' : h.claimKind,
        ),
      ),
    );
    expect(kinds).toEqual(new Set(['entity', 'figure', 'statement']));
  });
});
