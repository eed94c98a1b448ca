import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TargetType, type Page } from 'puppeteer-core';
import {
  findTabId,
  gotoExtensionPage,
  launchWithExtension,
  openExtensionPage,
  selectedBrowsers,
  type ExtensionSession,
} from './harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixtureServer.ts';
import { startOffHostProxy, type OffHostProxy } from './harness/offHostProxy.ts';
import manifest from '../../manifest.json' with { type: 'json' };
import type { ExtensionPageGlobals, FixtureGlobals } from './harness/pageGlobals.ts';

const POPUP = 'src/popup/index.html';

async function popupStateFor(session: ExtensionSession, popup: Page, tabUrl: string) {
  const tabId = await findTabId(popup, tabUrl);
  await gotoExtensionPage(session, popup, `${POPUP}?tab=${tabId}`);
  await popup.waitForSelector('#page-state[data-state]', { timeout: 20_000 });
  return popup.$eval('#page-state', (el) => ({
    state: (el as HTMLElement).dataset.state,
    blocksRead: (el as HTMLElement).dataset.blocksRead,
    highlights: Number((el as HTMLElement).dataset.highlights),
    text: el.textContent,
  }));
}

describe.each(selectedBrowsers())('the built extension in %s', (name) => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let proxy: OffHostProxy;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    // Every request for another host, from any of the browser's contexts, reaches this proxy and no further.
    proxy = await startOffHostProxy();
    session = await launchWithExtension(name, { proxyPort: proxy.port });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await proxy?.close();
  });

  it('runs the gate on a page not about the story, and the popup reads its answer', async () => {
    const page = await session.browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.url('weather-brief.html'), { waitUntil: 'load' });

    const popup = await openExtensionPage(session, POPUP);
    const result = await popupStateFor(session, popup, `${server.url('weather-brief.html')}`);
    // Not about the story: the engine never came, so no block was read, and nothing is marked.
    expect(result).toMatchObject({ state: 'ready', blocksRead: '0', highlights: 0 });
    expect(await page.$$('mark')).toHaveLength(0);
    expect(result.text).toMatch(/names neither OpenAI/);
    expect(await page.evaluate(() => (window as FixtureGlobals).pageScriptRan)).toBe(true);
    await popup.close();
    await page.close();
  });

  it('reads a realistic news page', async () => {
    const page = await session.browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.url('article-board-crisis.html'), { waitUntil: 'load' });
    const popup = await openExtensionPage(session, POPUP);
    const result = await popupStateFor(session, popup, server.url('article-board-crisis.html'));
    expect(result.state).toBe('ready');
    expect(Number(result.blocksRead)).toBeGreaterThan(10);
    expect(result.highlights).toBeGreaterThan(10);
    await popup.close();
    await page.close();
  });

  it('shows the version from the background script', async () => {
    const popup = await openExtensionPage(session, POPUP);
    await popup.waitForFunction(() => document.getElementById('version')?.textContent !== '', {
      timeout: 20_000,
    });
    expect(await popup.$eval('#version', (el) => el.textContent)).toBe(`v${manifest.version}`);
    await popup.close();
  });

  it('says so plainly when the tab has no content script', async () => {
    const blank = await session.browser.newPage();
    await blank.goto('about:blank');
    const popup = await openExtensionPage(session, POPUP);
    // The popup's own tab is an extension page: no content script runs there.
    await popup.waitForSelector('#page-state[data-state]', { timeout: 20_000 });
    const state = await popup.$eval('#page-state', (el) => (el as HTMLElement).dataset.state);
    expect(state).toBe('unavailable');
    await popup.close();
    await blank.close();
  });

  it('made no request to any host but the local test server, from the pages, the panel or the background', () => {
    // data: URLs (the browser's own built-in fonts) never touch the network.
    const foreign = requests.filter(
      (url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    // The proxy sees what every context asked for: the service worker or background page and the panel too.
    expect(proxy.foreign()).toEqual([]);
  });

  // After the check above: these requests are the proof that the check can fail.
  it('would have seen a request off 127.0.0.1 from a page, the panel or the background', async () => {
    const page = await session.browser.newPage();
    await page.goto(server.url('weather-brief.html'), { waitUntil: 'load' });
    await page.evaluate(() => fetch('http://page.sourcemark.invalid/').catch(() => undefined));
    const panel = await openExtensionPage(session, POPUP);
    await panel.evaluate(() => fetch('http://panel.sourcemark.invalid/').catch(() => undefined));
    if (name === 'chromium') {
      const target = await session.browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER);
      const worker = (await target.worker())!;
      await worker.evaluate(() => fetch('http://background.sourcemark.invalid/').catch(() => undefined));
    } else {
      // Firefox's event page, reached from the panel.
      await panel.evaluate(async () => {
        const api = (globalThis as ExtensionPageGlobals).browser!;
        const background = (await api.runtime.getBackgroundPage()) as Window;
        await background.fetch('http://background.sourcemark.invalid/').catch(() => undefined);
      });
    }
    for (const host of ['page', 'panel', 'background'])
      expect(
        proxy.requests.some((url) => url.includes(`${host}.sourcemark.invalid`)),
        host,
      ).toBe(true);
    await panel.close();
    await page.close();
  });
});
