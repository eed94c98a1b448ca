/**
 * The popup ships a projection of the dataset (scripts/panelData.ts): without how pages word
 * things, which only the engine reads. Every view must draw the same from it as from the full
 * dataset, for every claim and every entity.
 */
import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { projectPanelDataset } from '../../src/core/dataset/projectPanelDataset.ts';
import type { PanelDataset } from '../../src/core/dataset/schema.ts';
import { figureCharts } from '../../src/core/story/figureChart.ts';
import { searchDataset } from '../../src/core/story/searchDataset.ts';
import type { PageStatus } from '../../src/messages.ts';
import { renderFigures } from '../../src/popup/renderFigures.tsx';
import { renderPageDetails } from '../../src/popup/renderPageDetails.tsx';
import { renderStory } from '../../src/popup/renderStory.tsx';

const projected = projectPanelDataset(bundledDataset);

/** What a view draws into a fresh element, as markup. */
function drawn(draw: (container: HTMLElement) => void): string {
  const container = document.createElement('div');
  draw(container);
  return container.innerHTML;
}

/** A page that names every entity and states every claim, one report's figure each where it has one. */
const everything: PageStatus = {
  url: 'https://news.example/openai',
  enabled: true,
  relevant: true,
  reason: 'The page names OpenAI and Sam Altman.',
  blocksRead: 20,
  entities: bundledDataset.entities.map((e, i) => ({ id: e.id, count: i + 1 })),
  claims: bundledDataset.claims.map((c, i) => {
    const figure = c.reports.find((r) => r.figures)?.figures?.[0];
    return {
      id: c.id,
      claimKind: c.kind,
      verdict: i % 3 ? 'agrees' : 'differs',
      wording: figure?.wording ?? c.title,
      count: 1,
      ...(figure ? { range: { low: figure.low, high: figure.high, unit: figure.unit } } : {}),
    };
  }),
};

describe('projectPanelDataset', () => {
  it('leaves out how pages word claims and names, and is far smaller', () => {
    for (const claim of projected.claims)
      for (const field of ['cues', 'frames', 'requires', 'excludes', 'whole'])
        expect(claim).not.toHaveProperty(field);
    for (const entity of projected.entities)
      for (const field of ['ambiguousAliases', 'ordinaryWords', 'epithets'])
        expect(entity).not.toHaveProperty(field);
    expect(JSON.stringify(projected).length).toBeLessThan(JSON.stringify(bundledDataset).length * 0.6);
  });

  it('does not change the dataset it is given', () => {
    const before = JSON.stringify(bundledDataset);
    projectPanelDataset(bundledDataset);
    expect(JSON.stringify(bundledDataset)).toBe(before);
  });

  const views: Array<[string, (dataset: PanelDataset) => string]> = [
    ['This page', (d) => drawn((c) => renderPageDetails(c, everything, d, () => undefined))],
    ['Figures', (d) => drawn((c) => renderFigures(c, figureCharts(d)))],
    ['Story', (d) => drawn((c) => renderStory(c, d))],
  ];
  it.each(views)('draws %s the same as the full dataset', (_view, draw) => {
    const full = draw(bundledDataset);
    expect(full.length).toBeGreaterThan(1000);
    expect(draw(projected)).toBe(full);
  });

  it('finds the same in Search, for every name, alias, claim and event word', () => {
    const queries = [
      ...bundledDataset.entities.flatMap((e) => [e.name, ...e.aliases, ...e.contextAliases, e.role]),
      ...bundledDataset.claims.flatMap((c) => [c.title, ...c.title.split(' ')]),
      ...bundledDataset.events.map((e) => e.title),
      ...bundledDataset.sources.map((s) => s.outlet),
    ];
    let hits = 0;
    for (const query of queries) {
      const full = searchDataset(bundledDataset, query);
      hits += full.length;
      expect(searchDataset(projected, query)).toEqual(full);
    }
    expect(hits).toBeGreaterThan(queries.length);
  });
});
