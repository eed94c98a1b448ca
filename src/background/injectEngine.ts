import browser from 'webextension-polyfill';
import highlightCss from '../content/highlights.css?inline';
import { ENGINE_FILE } from '../content/scriptFiles.ts';

/**
 * Injects the highlight stylesheet and the engine into the frame whose gate
 * asked: only pages that may be about the story ever load the dataset, the
 * matcher and the marking code. The stylesheet first, so the first marks are
 * drawn styled.
 */
export async function injectEngine(tabId: number, frameId: number): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.insertCSS({ target, css: highlightCss });
  await browser.scripting.executeScript({ target, files: [ENGINE_FILE] });
}
