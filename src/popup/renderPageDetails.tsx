import type { PanelDataset } from '../core/dataset/schema.ts';
import { isDisputed } from '../core/claims/verdict.ts';
import { pageFigureChart } from '../core/story/figureChart.ts';
import type { PageStatus } from '../messages.ts';
import { h, type Child } from '../ui/jsx.ts';
import { renderChartPanel } from '../ui/renderChartPanel.tsx';

/** How many of the dataset's claims not on this page to list. */
const NOT_ON_PAGE = 6;

/**
 * The page's claims (figures first, those that differ on top, each charted
 * against every report of it), its people and organisations with counts,
 * and the claims it does not mention. `onReveal` scrolls the page to one.
 */
export function renderPageDetails(
  container: HTMLElement,
  status: PageStatus,
  dataset: PanelDataset,
  onReveal: (id: string) => void,
): void {
  const claims = new Map(dataset.claims.map((c) => [c.id, c]));
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const item = (id: string, label: string, right: Child, detail?: Child, chart?: Child) => (
    <li>
      <button type="button" data-id={id} aria-label={`${label}: show on the page`}>
        <span>{label}</span>
        <span class="count">{right}</span>
        {detail}
      </button>
      {chart}
    </li>
  );

  const ordered = [...status.claims].sort(
    (a, b) =>
      Number(b.claimKind === 'figure') - Number(a.claimKind === 'figure') ||
      Number(isDisputed(b.verdict)) - Number(isDisputed(a.verdict)),
  );
  const claimItems = ordered.map((c) => {
    const claim = claims.get(c.id);
    const verdict = <span class={`verdict-${c.verdict}`}>{c.verdict}</span>;
    const wording = (
      <span class="detail">{`“${c.wording}”${c.count > 1 ? ` and ${c.count - 1} more` : ''}`}</span>
    );
    // The page's figure (the dashed band) against every report of it in its unit, on one axis per period.
    const page = c.range && { ...c.range, wording: c.wording };
    const chart =
      claim && page && pageFigureChart(dataset, claim, page).map((panel) => renderChartPanel(panel, page));
    return item(c.id, claim?.title ?? c.id, verdict, wording, chart);
  });

  const mentioned = new Set(status.claims.map((c) => c.id));
  const missing = dataset.claims
    .filter((c) => !mentioned.has(c.id) && c.reports.length > 2)
    .slice(0, NOT_ON_PAGE);

  container.replaceChildren(
    ...(status.claims.length
      ? [
          <h2>Claims</h2>,
          <ul class="list" aria-label="Claims on this page">
            {claimItems}
          </ul>,
        ]
      : []),
    ...(status.entities.length
      ? [
          <h2>People and organisations</h2>,
          <ul class="list" aria-label="People and organisations on this page">
            {status.entities.map((e) => item(e.id, entities.get(e.id)?.name ?? e.id, String(e.count)))}
          </ul>,
        ]
      : []),
    ...(missing.length
      ? [
          <h2>Not on this page</h2>,
          <ul class="list" aria-label="Claims not on this page">
            {missing.map((c) => (
              <li>
                <span class="item">{c.title}</span>
              </li>
            ))}
          </ul>,
        ]
      : []),
  );
  container
    .querySelectorAll<HTMLButtonElement>('button[data-id]')
    .forEach((b) => b.addEventListener('click', () => onReveal(b.dataset.id!)));
}
