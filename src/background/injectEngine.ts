import browser from 'webextension-polyfill';
import highlightCss from '../content/highlights.css?inline';
import { ENGINE_FILE } from '../content/engineFile.ts';

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

/**
 * Chrome does not run manifest content scripts in tabs that were open before
 * the extension was installed, updated or reloaded (Firefox does): run the
 * gate there, so those pages work again without a reload. The gate clears
 * what the old instance left.
 */
export async function injectGateIntoOpenTabs(): Promise<void> {
  const gate = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
  if (!gate) return;
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(
    tabs.flatMap((tab) =>
      tab.id === undefined
        ? []
        : [
            browser.scripting
              .executeScript({ target: { tabId: tab.id, frameIds: [0] }, files: [gate] })
              // A tab that is loading, or one the browser keeps to itself.
              .catch(() => undefined),
          ],
    ),
  );
}
