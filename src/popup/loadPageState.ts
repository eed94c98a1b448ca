import { parseResponse } from '../messages.ts';
import { pageStatusInTab } from '../content/pageStatusInTab.ts';
import type { PageState } from './renderPageState.ts';

/** The tab the panel describes, as `tabs.query` gives it (the URL only where the extension may see it). */
export interface TargetTab {
  id?: number;
  url?: string;
}

/**
 * Schemes the content script runs in: the gate and the host permissions cover http(s) only
 * (manifest.json, GATE_MATCHES), so a local file, like the browser's own pages, never answers.
 */
const SCRIPTABLE = /^https?:/i;

/**
 * Whether asking the tab for its status can answer. `tabs.query` shows a tab's URL only where the
 * extension holds a host permission for it, so most pages that cannot answer (chrome://, about:,
 * another extension's) arrive with no URL and are asked like any other; so is a tab still loading,
 * whose URL is '' until its navigation commits. Only a URL that is known and is not http(s) (the
 * extension's own pages, the bench's panel in a tab) skips the two asks that would both fail.
 */
export function tabMayHostContent(url: string | undefined): boolean {
  return !url || SCRIPTABLE.test(url);
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
