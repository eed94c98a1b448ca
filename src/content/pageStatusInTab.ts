import browser from 'webextension-polyfill';
import { statusFromGate } from './engineHost.ts';

/**
 * The status of the page in `tabId` (its top frame): from the content
 * script by message, or, where only the gate runs (a page not about the
 * story, which registers no listener), asked of the gate in the page.
 * Rejects where no content script may run (browser and store pages).
 */
export async function pageStatusInTab(tabId: number): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, { type: 'page/get-status' }, { frameId: 0 });
  } catch {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: statusFromGate,
    });
    if (injection?.result === undefined) throw new Error('No content script in this tab');
    return injection.result;
  }
}
