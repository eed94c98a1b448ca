import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TargetType, type Page } from 'puppeteer-core';
import {
  DIST,
  launchWithExtension,
  openExtensionPage,
  selectedBrowsers,
  sendToTab,
  type ExtensionSession,
} from './harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixtureServer.ts';
import type { FixtureGlobals } from './harness/pageGlobals.ts';
import type { PageStatus } from '../../src/messages.ts';
import { GECKO_ID } from '../../src/manifest/deriveFirefoxManifest.ts';

const POPUP = 'src/popup/index.html';

/** What is on the page: how many times each highlight id is marked, nested marks of one id, cards. */
const pageState = (page: Page) =>
  page.evaluate(() => {
    const byId: Record<string, number> = {};
    for (const m of document.querySelectorAll<HTMLElement>('mark[data-sm-kind]'))
      byId[m.dataset.smId!] = (byId[m.dataset.smId!] ?? 0) + 1;
    return {
      marks: document.querySelectorAll('mark[data-sm-kind]').length,
      byId,
      doubled: [...document.querySelectorAll<HTMLElement>('mark[data-sm-kind] mark[data-sm-kind]')].filter(
        (inner) => inner.parentElement!.closest<HTMLElement>('mark')!.dataset.smId === inner.dataset.smId,
      ).length,
      cards: document.querySelectorAll('[data-sourcemark-ui]').length,
    };
  });

describe.each(selectedBrowsers())('the extension changing under an open page in %s', (name) => {
  let session: ExtensionSession;
  let server: FixtureServer;
  let visits = 0;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchWithExtension(name);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** The live blog, read and marked, its own update in, with a card open (as a reader would have it). */
  async function openMarkedPage() {
    const control = await openExtensionPage(session, POPUP);
    const url = `${server.url('live-blog.html')}?visit=${++visits}`;
    const page = await session.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as FixtureGlobals).updateArrived === true);
    await page.waitForFunction(() => document.querySelector('#feed article:first-child mark') !== null, {
      timeout: 10_000,
    });
    await sendToTab<PageStatus>(control, url, { type: 'page/get-status' });
    expect(await sendToTab(control, url, { type: 'highlights/step', direction: 'next' })).toEqual({
      moved: true,
    });
    const before = await pageState(page);
    expect(before.marks).toBeGreaterThan(10);
    expect(before.cards).toBe(1);
    await control.close();
    return { page, url, before };
  }

  /** Installs the build again over the running one: the browser updates the extension under the page. */
  const update = () => session.browser.installExtension(DIST[name]);

  /** A new instance answers for the page once it has taken over. */
  async function statusOf(url: string): Promise<PageStatus> {
    if (name === 'chromium')
      await session.browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER, { timeout: 20_000 });
    const control = await openExtensionPage(session, POPUP);
    const status = await sendToTab<PageStatus>(control, url, { type: 'page/get-status' });
    await control.close();
    return status;
  }

  /** Marks once or none; never twice, never a card left behind; and the page's own script still works. */
  async function expectCleanPage(page: Page, before: Awaited<ReturnType<typeof pageState>>, clicks: number) {
    const after = await pageState(page);
    expect(after.doubled).toBe(0);
    expect(after.cards).toBe(0);
    if (after.marks) expect(after.byId).toEqual(before.byId);
    await page.click('#more');
    expect(await page.evaluate(() => (window as FixtureGlobals).clicks)).toBe(clicks);
    return after;
  }

  it('is updated: the old instance’s marks and card go, the new one marks the page once', async () => {
    const { page, url, before } = await openMarkedPage();
    await update();
    const status = await statusOf(url);
    expect(status.relevant).toBe(true);
    const after = await expectCleanPage(page, before, 1);
    // The new instance has read the page and marked it, once.
    expect(after.marks).toBe(before.marks);
    await page.close();
  });

  it('is removed, then installed again: nothing doubled, no card left, the page still works', async () => {
    const { page, before } = await openMarkedPage();
    await session.browser.uninstallExtension(name === 'chromium' ? await chromeExtensionId() : GECKO_ID);
    // Chrome's old script finds its runtime gone and takes everything off within a second. Firefox
    // ends it without a word: what it drew stays until the page reloads or the extension returns.
    await new Promise((r) => setTimeout(r, 2500));
    if (name === 'chromium') expect(await pageState(page)).toMatchObject({ marks: 0, cards: 0 });

    await update();
    // The new instance clears what is left and reads the page again: wait until it has marked it all.
    const wanted = JSON.stringify(before.byId);
    for (let tries = 0; JSON.stringify((await pageState(page)).byId) !== wanted || tries < 4; tries++) {
      if (tries > 40) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const after = await expectCleanPage(page, before, 1);
    expect(after.marks).toBe(before.marks);
    await page.close();
  });

  async function chromeExtensionId(): Promise<string> {
    const worker = await session.browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER);
    return /^chrome-extension:\/\/([a-p]{32})/.exec(worker.url())![1]!;
  }
});
