import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { findTabId, gotoExtensionPage, selectedBrowsers } from './harness/browsers.ts';
import { useExtension } from './harness/extensionSuite.ts';
import type { ExtensionPageGlobals } from './harness/pageGlobals.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');
const POPUP = 'src/popup/index.html';
const markCount = (page: Page) => page.$$eval('mark[data-sm-kind]', (m) => m.length);

describe.each(selectedBrowsers())('the popup in %s', (name) => {
  const suite = useExtension(name);
  let article: Page;
  let popup: Page;
  let tabId: number;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const opened = await suite.open('article-board-crisis.html');
    article = opened.page;
    // The suite's extension page becomes the panel, opened for the article's tab.
    popup = suite.control;
    await popup.bringToFront();
    await popup.setViewport({ width: 420, height: 640 });
    tabId = await findTabId(popup, opened.url);
    await gotoExtensionPage(suite.session, popup, `${POPUP}?tab=${tabId}`);
    await popup.waitForSelector('#page-state[data-state="ready"]');
  });

  it('lists the page’s claims, differing figures first, and its people with counts', async () => {
    const claims = await popup.$$eval('[aria-label="Claims on this page"] button', (bs) =>
      bs.map((b) => [b.getAttribute('data-id'), b.querySelector('.count')!.textContent]),
    );
    expect(claims[0]).toEqual(['staff-letter-signatories', 'differs']);
    expect(claims).toContainEqual(['openai-headcount', 'agrees']);
    const people = await popup.$$eval('[aria-label="People and organisations on this page"] button', (bs) =>
      bs.map((b) => b.getAttribute('data-id')),
    );
    expect(people).toEqual(expect.arrayContaining(['sam-altman', 'greg-brockman', 'openai', 'microsoft']));
    expect(await popup.$$('[aria-label="Claims not on this page"] li')).not.toHaveLength(0);
    await popup.screenshot({ path: resolve(ARTIFACTS, `popup-page-${name}.png`) });
  });

  it('shows on the toolbar badge how many claims differ', async () => {
    const badge = await popup.evaluate(async (id) => {
      const g = globalThis as ExtensionPageGlobals;
      const api = (g.browser ?? g.chrome)!;
      return api.action.getBadgeText({ tabId: id });
    }, tabId);
    const differs = await popup.$$eval(
      '[aria-label="Claims on this page"] .verdict-differs',
      (e) => e.length,
    );
    expect(differs).toBeGreaterThan(0);
    expect(badge).toBe(String(differs));
  });

  it('scrolls the page to a highlight and flashes it when an item is clicked', async () => {
    await popup.click('[aria-label="People and organisations on this page"] button[data-id="emmett-shear"]');
    await article.waitForFunction(
      () => document.querySelector('mark[data-sm-id="emmett-shear"][data-sm-flash]') !== null,
      { timeout: 5_000 },
    );
    // The popup is a tab here, so show the article, as the real popup leaves it showing.
    await article.bringToFront();
    // Scrolling may be smooth: wait until the mark is in view.
    await article.waitForFunction(
      () => {
        const r = document.querySelector('mark[data-sm-id="emmett-shear"]')!.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      },
      { timeout: 5_000 },
    );
  });

  it('charts every figure claim and tells the story', async () => {
    await popup.bringToFront();
    await popup.click('#tab-figures');
    expect(await popup.$eval('#view-figures h3', (h) => h.textContent)).toBe('Staff letter: how many signed');
    expect(await popup.$$eval('#view-figures section.chart:first-of-type li', (l) => l.length)).toBe(15);
    await popup.screenshot({ path: resolve(ARTIFACTS, `popup-figures-${name}.png`) });
    await popup.click('#tab-story');
    expect(await popup.$$eval('#view-story h2', (h) => h.map((x) => x.textContent))).toEqual([
      'Timeline',
      'Overturned by later reporting',
      'People',
      'Sources',
    ]);
    await popup.screenshot({ path: resolve(ARTIFACTS, `popup-story-${name}.png`) });
  });

  it('searches people, claims, events and sources', async () => {
    await popup.click('#tab-search');
    await popup.type('#search', 'Shear');
    await popup.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    const titles = await popup.$$eval('#search-results li b', (b) => b.map((x) => x.textContent));
    expect(titles).toContain('Emmett Shear');
    expect(titles).toContain("Emmett Shear's title");
    await popup.screenshot({ path: resolve(ARTIFACTS, `popup-search-${name}.png`) });
  });

  it('turns highlighting off and on from Settings, live', async () => {
    await popup.click('#tab-settings');
    expect(await markCount(article)).toBeGreaterThan(0);
    await popup.click('#settings input[name="enabled"]');
    await article.waitForFunction(() => document.querySelectorAll('mark').length === 0, { timeout: 10_000 });
    expect(await article.$$('sourcemark-card')).toHaveLength(0);
    await popup.screenshot({ path: resolve(ARTIFACTS, `popup-settings-${name}.png`) });
    await popup.click('#settings input[name="enabled"]');
    await article.waitForFunction(() => document.querySelectorAll('mark[data-sm-kind]').length > 0, {
      timeout: 10_000,
    });

    // Off for this site only, then on again.
    await popup.click('#settings input[name="site"]');
    await article.waitForFunction(() => document.querySelectorAll('mark').length === 0, { timeout: 10_000 });
    await popup.click('#settings input[name="site"]');
    await article.waitForFunction(() => document.querySelectorAll('mark[data-sm-kind]').length > 0, {
      timeout: 10_000,
    });

    // Claims off: names stay, claims go.
    await popup.click('#settings input[name="claims"]');
    await article.waitForFunction(
      () => document.querySelectorAll('mark[data-sm-kind="claim"]').length === 0,
      { timeout: 10_000 },
    );
    expect(await article.$$('mark[data-sm-kind="entity"]')).not.toHaveLength(0);
    await popup.click('#settings input[name="claims"]');
    await article.waitForFunction(() => document.querySelectorAll('mark[data-sm-kind="claim"]').length > 0, {
      timeout: 10_000,
    });
  });

  // Last: it takes the permission away for the rest of this browser's run.
  it.runIf(name === 'firefox')('explains missing host permissions and offers to grant them', async () => {
    expect(await popup.$eval('#permission', (el) => (el as HTMLElement).hidden)).toBe(true);
    await popup.evaluate(() =>
      (globalThis as ExtensionPageGlobals).browser!.permissions.remove({
        origins: ['http://*/*', 'https://*/*'],
      }),
    );
    await gotoExtensionPage(suite.session, popup, `${POPUP}?tab=${tabId}&reload=1`);
    await popup.waitForFunction(
      () => (document.getElementById('permission') as HTMLElement).hidden === false,
      { timeout: 10_000 },
    );
    expect(await popup.$eval('#grant', (b) => b.textContent)).toBe('Allow on all websites');
  });
});
