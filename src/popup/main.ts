import browser from 'webextension-polyfill';
import { figureCharts, type ReferenceFigure } from '../core/story/figureChart.ts';
import { searchDataset } from '../core/story/searchDataset.ts';
import type { PanelDataset } from '../core/dataset/schema.ts';
import { parseResponse, type ExtensionInfo } from '../messages.ts';
import { FIGURE_CHART_CSS } from '../ui/figureChartStyles.ts';
import { h } from '../ui/jsx.ts';
import { renderFigures } from './renderFigures.tsx';
import { loadPageState, type TargetTab } from './loadPageState.ts';
import { renderPageDetails } from './renderPageDetails.tsx';
import { renderPageState } from './renderPageState.ts';
import { renderDatasetFailure } from './renderDatasetFailure.ts';
import { renderSearch } from './renderSearch.tsx';
import { renderShortcuts } from './renderShortcuts.ts';
import { renderStory } from './renderStory.tsx';
import { mountSettings } from './settingsPanel.ts';
import { setupTabs } from './setupTabs.ts';

const HOSTS = { origins: ['http://*/*', 'https://*/*'] };
/**
 * The dataset the views draw from, in a chunk of its own that loads while the
 * panel asks the page for its status: the first view waits for it only where
 * it has the page's names and claims to describe.
 */
const datasetPromise = import('./panelDataset.ts').then((m) => m.panelDataset);
// A chunk that fails to load is shown in each view that needs it, never left as an unhandled rejection.
datasetPromise.catch(() => undefined);

/**
 * Draws `container` from the dataset once it is there, or the failure line
 * if it never comes: a view without its data says so instead of staying empty.
 */
function drawWithDataset(container: HTMLElement, draw: (d: PanelDataset) => void): Promise<void> {
  return datasetPromise.then(draw, () => renderDatasetFailure(container));
}
const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * The panel normally describes the active tab. `?tab=ID` opens it for a
 * given tab instead (a panel popped out into its own tab or window).
 */
async function resolveTargetTab(): Promise<TargetTab | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return { id: fromQuery };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab && { id: tab.id, url: tab.url };
}

async function loadExtensionInfo(): Promise<ExtensionInfo | undefined> {
  try {
    return parseResponse(
      'extension/get-info',
      await browser.runtime.sendMessage({ type: 'extension/get-info' }),
    );
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  document.head.append(h('style', null, FIGURE_CHART_CSS));
  // Asked of the background at once: it needs no tab, and a background that was asleep takes a while to answer.
  const extensionInfoPromise = loadExtensionInfo();
  const target = await resolveTargetTab();
  const tabId = target?.id;
  const rendered = new Set<string>();
  // The page's figures, drawn on the Figures tab's charts too.
  const pageFigures = new Map<string, ReferenceFigure>();
  setupTabs(byId('view-page').ownerDocument.querySelector('[role="tablist"]')!, (panel) => {
    if (rendered.has(panel)) return;
    rendered.add(panel);
    if (panel === 'view-figures')
      void drawWithDataset(byId('view-figures'), (d) =>
        renderFigures(byId('view-figures'), figureCharts(d, pageFigures), pageFigures),
      );
    if (panel === 'view-story')
      void drawWithDataset(byId('view-story'), (d) => renderStory(byId('view-story'), d));
  });

  const search = byId<HTMLInputElement>('search');
  search.addEventListener('input', () => {
    const query = search.value;
    void drawWithDataset(byId('search-results'), (d) =>
      renderSearch(byId('search-results'), byId('search-count'), query, searchDataset(d, query)),
    );
  });

  const reveal = (id: string) => {
    if (tabId !== undefined)
      void browser.tabs
        .sendMessage(tabId, { type: 'highlights/reveal', id }, { frameId: 0 })
        .catch(() => undefined);
  };

  let hostname: string | undefined;
  const showPage = async () => {
    const state = await loadPageState(target);
    renderPageState(byId('view-page'), state);
    if (state.kind === 'ready') {
      hostname = new URL(state.status.url).hostname;
      pageFigures.clear();
      for (const c of state.status.claims)
        if (c.range && !pageFigures.has(c.id)) pageFigures.set(c.id, { ...c.range, wording: c.wording });
      const { status } = state;
      await drawWithDataset(byId('page-details'), (d) =>
        renderPageDetails(byId('page-details'), status, d, reveal),
      );
    } else {
      byId('page-details').replaceChildren();
    }
  };

  void browser.commands
    .getAll()
    .then((commands) => renderShortcuts(byId('shortcuts'), commands))
    .catch(() => undefined);
  const [extensionInfo] = await Promise.all([extensionInfoPromise, showPage()]);
  if (extensionInfo) byId('version').textContent = `v${extensionInfo.version}`;
  // The benchmark's "popup ready": the first view is on screen.
  performance.mark('sourcemark:popup-ready');
  // Settings apply live in the page; the panel follows once the page has re-read itself.
  await mountSettings(byId('settings'), hostname, browser.storage, () => void showPage());

  // Firefox makes host permissions optional under Manifest V3: ask in one click where they are missing.
  const granted = await browser.permissions.contains(HOSTS).catch(() => true);
  if (!granted) {
    byId('permission').hidden = false;
    const grant = async () => {
      if (await browser.permissions.request(HOSTS)) {
        byId('permission').hidden = true;
        if (tabId !== undefined) await browser.tabs.reload(tabId);
      }
    };
    byId('grant').addEventListener('click', () => void grant());
  }
}

void main();
