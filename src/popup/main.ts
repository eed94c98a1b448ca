import browser from 'webextension-polyfill';
import { parseResponse, type ExtensionInfo, type PageStatus } from '../messages.ts';
import { renderPageState, type PageState } from './renderPageState.ts';

/**
 * The panel normally describes the active tab. `?tab=ID` opens it for a
 * given tab instead (a panel popped out into its own tab or window).
 */
async function resolveTargetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function loadPageState(): Promise<PageState> {
  const tabId = await resolveTargetTab();
  if (tabId === undefined) return { kind: 'unavailable' };
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, { type: 'page/get-status' });
  } catch {
    // No content script there: a browser page, a store page, or a tab opened before install.
    return { kind: 'unavailable' };
  }
  try {
    const status: PageStatus = parseResponse('page/get-status', raw);
    return { kind: 'ready', status };
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
}

async function loadExtensionInfo(): Promise<ExtensionInfo | undefined> {
  try {
    return parseResponse('extension/get-info', await browser.runtime.sendMessage({ type: 'extension/get-info' }));
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const [info, state] = await Promise.all([loadExtensionInfo(), loadPageState()]);
  const version = document.getElementById('version');
  if (version && info) version.textContent = `v${info.version}`;
  const section = document.getElementById('page');
  if (section) renderPageState(section, state);
  // The benchmark's "popup ready": the first view is on screen.
  performance.mark('sourcemark:popup-ready');
}

void main();
