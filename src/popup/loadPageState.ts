import { parseResponse } from '../messages.ts';
import { pageStatusInTab } from '../content/pageStatusInTab.ts';
import type { PageState } from './renderPageState.ts';

/** The tab the panel describes, as `tabs.query` gives it (the URL only where the extension may see it). */
export interface TargetTab {
  id?: number;
  url?: string;
}

/** Schemes a content script may run in; every other page (the browser's, the store's, an extension's) refuses. */
const SCRIPTABLE = /^(?:https?|file):/i;

/**
 * Whether asking the tab for its status can answer. A URL we cannot see is
 * asked (it may be a news page); a known browser or extension page is not:
 * both asks (a message, then an injected script) would fail, two round trips
 * the panel's first view would wait for to say only "not available here".
 */
export function tabMayHostContent(url: string | undefined): boolean {
  return url === undefined || SCRIPTABLE.test(url);
}

/** The page's state for the first view: from the content script or the gate, or why there is none. */
export async function loadPageState(
  tab: TargetTab | undefined,
  statusInTab: (tabId: number) => Promise<unknown> = pageStatusInTab,
): Promise<PageState> {
  if (tab?.id === undefined || !tabMayHostContent(tab.url)) return { kind: 'unavailable' };
  let raw: unknown;
  try {
    raw = await statusInTab(tab.id);
  } catch {
    // No content script there: a browser page, a store page, or a tab opened before install.
    return { kind: 'unavailable' };
  }
  try {
    return { kind: 'ready', status: parseResponse('page/get-status', raw) };
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
}
