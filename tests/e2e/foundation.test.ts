import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  findTabId,
  gotoExtensionPage,
  launchWithExtension,
  openExtensionPage,
  selectedBrowsers,
  type ExtensionSession,
} from './harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixtureServer.ts';
import manifest from '../../manifest.json' with { type: 'json' };
import type { FixtureGlobals } from './harness/pageGlobals.ts';

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
  const requests: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchWithExtension(name);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('runs the content script on a page and the popup reads its answer', async () => {
    const page = await session.browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(server.url('weather-brief.html'), { waitUntil: 'load' });

    const popup = await openExtensionPage(session, POPUP);
    const result = await popupStateFor(session, popup, `${server.url('weather-brief.html')}`);
    // The heading and the paragraph; the textarea, pre and editor are not read. Not about the story: no marks.
    expect(result).toMatchObject({ state: 'ready', blocksRead: '2', highlights: 0 });
    expect(result.text).toMatch(/does not name OpenAI/);
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

  it('made no request to any host but the local test server', () => {
    // data: URLs (the browser's own built-in fonts) never touch the network.
    const foreign = requests.filter(
      (url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('data:'),
    );
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  });
});
