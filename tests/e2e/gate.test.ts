import { describe, expect, it } from 'vitest';
import { registeredGate, selectedBrowsers, sendToTab } from './harness/browsers.ts';
import { statusFromGate } from '../../src/content/engineHost.ts';
import type { Page } from 'puppeteer-core';
import { useExtension } from './harness/extensionSuite.ts';
import type { PageStatus } from '../../src/messages.ts';
import type { ExtensionPageGlobals, FixtureGlobals } from './harness/pageGlobals.ts';

describe.each(selectedBrowsers())('the gate in %s', (name) => {
  const suite = useExtension(name);
  const setSettings = (items: object) =>
    suite.control.evaluate((i) => {
      const g = globalThis as ExtensionPageGlobals;
      return (g.browser ?? g.chrome)!.storage.sync.set(i);
    }, items);
  /** What the gate in the tab showing `url` answers, asked as the panel asks it; undefined where no gate runs. */
  const gateIn = (url: string) =>
    suite.control.evaluate(
      `(async () => {
        const g = globalThis;
        const api = g.browser ?? g.chrome;
        const tab = (await api.tabs.query({})).find((t) => t.url === ${JSON.stringify(url)});
        const [injection] = await api.scripting.executeScript({ target: { tabId: tab.id, frameIds: [0] }, func: ${statusFromGate.toString()} });
        return injection.result ?? undefined;
      })()`,
    ) as Promise<PageStatus | undefined>;
  /** Opens a fixture where no gate may run: nothing answers, so the suite's open() would wait for ever. */
  const openBare = async (path: string) => {
    const url = `${suite.server.url(path)}?bare=${Date.now()}`;
    const page = await suite.session.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // The gate runs at document_idle, soon after load: give it the time it would take.
    await new Promise((r) => setTimeout(r, 1000));
    return { page, url };
  };
  const marks = (page: Page) => page.$$eval('mark[data-sm-kind]', (m) => m.length);

  it('answers for a page not about the story without ever loading the engine', async () => {
    const { page, status } = await suite.open('football-report.html');
    // The engine reads blocks; the gate reads none.
    expect(status).toMatchObject({
      enabled: true,
      relevant: false,
      reason: 'The page names neither OpenAI nor the people at the centre of the story.',
      blocksRead: 0,
    });
    expect(await page.$$('mark')).toHaveLength(0);
    await page.close();
  });

  it('loads the engine when a single-page app navigates to the story', async () => {
    const { page, status } = await suite.open('spa-news.html');
    expect(status).toMatchObject({ relevant: false, blocksRead: 0 });
    await page.click('#story-link');
    await page.waitForFunction(() => (window as FixtureGlobals).navigated === true);
    await page.waitForFunction(() => document.querySelector('mark[data-sm-id="sam-altman"]') !== null, {
      timeout: 15_000,
    });
    const after = await sendToTab<PageStatus>(suite.control, await page.evaluate(() => location.href), {
      type: 'page/get-status',
    });
    expect(after.relevant).toBe(true);
    expect(after.blocksRead).toBeGreaterThan(0);
    await page.close();
  });

  it('highlights a page not about the story when the reader asks for it, and stops when they stop', async () => {
    await setSettings({ everywhere: true });
    try {
      const { page, status } = await suite.open('football-report.html');
      expect(status.relevant).toBe(false);
      expect(status.blocksRead).toBeGreaterThan(0);
      expect(await page.$$eval('mark[data-sm-kind]', (m) => m.map((x) => x.dataset.smId))).toContain(
        'kevin-scott',
      );
      await setSettings({ everywhere: false });
      await page.waitForFunction(() => document.querySelectorAll('mark').length === 0, { timeout: 10_000 });
      await page.close();
    } finally {
      await setSettings({ everywhere: false });
    }
  });

  it('runs nothing while highlighting is off; turned back on, a tab opened meanwhile is read', async () => {
    await setSettings({ enabled: false });
    try {
      await registeredGate(suite.session, (held) => held.length === 0);
      const { page, url } = await openBare('article-board-crisis.html');
      expect(await gateIn(url)).toBeUndefined();
      expect(await marks(page)).toBe(0);
      await setSettings({ enabled: true });
      await page.waitForFunction(() => document.querySelector('mark[data-sm-id="sam-altman"]') !== null, {
        timeout: 15_000,
      });
      expect(await gateIn(url)).toMatchObject({ enabled: true, relevant: true });
      await page.close();
    } finally {
      await setSettings({ enabled: true });
    }
  });

  it('runs nothing on a site switched off, and reads it again once it is switched back on', async () => {
    const host = new URL(suite.server.url('x')).hostname;
    await setSettings({ disabledSites: [host] });
    try {
      const [held] = await registeredGate(suite.session, ([gate]) => !!gate?.excludeMatches?.length);
      expect(held!.excludeMatches).toEqual([`*://${host}/*`]);
      const { page, url } = await openBare('article-board-crisis.html');
      expect(await gateIn(url)).toBeUndefined();
      expect(await marks(page)).toBe(0);
      await page.close();
      await setSettings({ disabledSites: [] });
      await registeredGate(suite.session, ([gate]) => !!gate && !gate.excludeMatches?.length);
      const again = await suite.open('article-board-crisis.html');
      expect(again.status).toMatchObject({ enabled: true, relevant: true });
      expect(await marks(again.page)).toBeGreaterThan(0);
      await again.page.close();
    } finally {
      await setSettings({ disabledSites: [] });
    }
  });
});
