import { describe, expect, it } from 'vitest';
import { selectedBrowsers, sendToTab } from './harness/browsers.ts';
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

  it('answers for a page not about the story without ever loading the engine', async () => {
    const { page, status } = await suite.open('football-report.html');
    // The engine reads blocks; the gate reads none.
    expect(status).toMatchObject({
      enabled: true,
      relevant: false,
      reason: 'The page does not name OpenAI.',
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
});
