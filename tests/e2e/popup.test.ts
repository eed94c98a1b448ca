import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { findTabId, gotoExtensionPage, selectedBrowsers } from './harness/browsers.ts';
import { useExtension } from './harness/extensionSuite.ts';
import type { ExtensionPageGlobals } from './harness/pageGlobals.ts';
import { emulateColorScheme, takeScreenshot } from './harness/screenshots.ts';

const POPUP = 'src/popup/index.html';
/**
 * The claims tests/fixtures/article-board-crisis.html states that other
 * outlets report differently, read off the fixture: "738 of OpenAI's roughly
 * 770" against the letter's other counts, "not consistently candid" (outlets
 * give the firing other reasons), Sutskever as "chief scientist" and Shear's
 * appointment (outlets name other titles and days). The statement verdicts
 * come from the claim engine: when it changes what a statement's verdict is,
 * this list changes with it.
 */
/*
 * What a careful reader finds disputed in the article fixture, by the dataset's
 * reports: Brockman "leaving" (outlets split between quitting and removal), Shear
 * as "interim chief executive" (some say CEO), 738 signatories (no same-day report
 * overlaps) and "chief scientist" (one outlet says CTO). The board's "not
 * consistently candid" agrees with every report. Nadella's announcement that
 * Altman and Brockman "would lead a new research group" states the new unit (which
 * agrees), not a hire of its own: the annotators of the evaluation sets and the
 * wording bank mark only the unit there.
 */
const DISPUTED_ON_ARTICLE = [
  'brockman-exit',
  'shear-appointment',
  'staff-letter-signatories',
  'sutskever-title',
];
const markCount = (page: Page) => page.$$eval('mark[data-sm-kind]', (m) => m.length);

describe.each(selectedBrowsers())('the popup in %s', (name) => {
  const suite = useExtension(name);
  let article: Page;
  let popup: Page;
  let tabId: number;

  /** The panel in light, then in dark where the browser's driver can emulate it. */
  async function screenshots(view: string): Promise<void> {
    await popup.evaluate(() => document.querySelector('main')!.scrollTo(0, 0));
    await takeScreenshot(popup, name, `popup-${view}`, 'light');
    if (await emulateColorScheme(popup, 'dark')) {
      await takeScreenshot(popup, name, `popup-${view}`, 'dark');
      await emulateColorScheme(popup, 'light');
    }
  }

  /**
   * Waits for the article to show a change. The real popup leaves the article
   * showing; here the panel is a tab, so show the article while it updates
   * (a background tab's timers are throttled), then the panel again.
   */
  async function untilArticle(predicate: () => boolean): Promise<void> {
    await article.bringToFront();
    await article.waitForFunction(predicate, { timeout: 10_000 });
    await popup.bringToFront();
  }

  beforeAll(async () => {
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
    // Highlights are not Tab stops: the panel says which keys reach them.
    expect(await popup.$eval('#shortcuts', (p) => (p as HTMLElement).innerText)).toMatch(
      /^Keyboard: Alt\+Shift\+(\.|Period) and Alt\+Shift\+(,|Comma) go to the next and previous highlight/,
    );
    await screenshots('page');
  });

  it('shows on the toolbar badge how many claims differ', async () => {
    const badge = await popup.evaluate(async (id) => {
      const g = globalThis as ExtensionPageGlobals;
      const api = (g.browser ?? g.chrome)!;
      return api.action.getBadgeText({ tabId: id });
    }, tabId);
    const disputed = await popup.$$eval('[aria-label="Claims on this page"] button', (bs) =>
      bs
        .filter((b) => b.querySelector('.verdict-differs, .verdict-overturned'))
        .map((b) => b.getAttribute('data-id')),
    );
    expect(badge).toBe(String(DISPUTED_ON_ARTICLE.length));
    expect(disputed.sort()).toEqual(DISPUTED_ON_ARTICLE);
  });

  it('scrolls the page to a highlight, flashes it and opens its card when an item is clicked', async () => {
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
    // The highlight has focus, so its card is open: the panel is a keyboard reader's way in.
    await article.waitForFunction(
      () => {
        const card = document
          .querySelector('sourcemark-card')
          ?.shadowRoot?.querySelector<HTMLElement>('.card');
        return !!card?.checkVisibility() && card.querySelector('h2')?.textContent === 'Emmett Shear';
      },
      { timeout: 5_000 },
    );
    await article.keyboard.press('Escape');
  });

  it('charts every figure claim and tells the story', async () => {
    await popup.bringToFront();
    await popup.click('#tab-figures');
    expect(await popup.$eval('#view-figures h3', (h) => h.textContent)).toBe('Staff letter: how many signed');
    // What a reader sees without hovering: the first chart's rendered text, and its value labels drawn.
    const letter = await popup.$eval('#view-figures section.chart', (section) => ({
      text: section.innerText,
      values: [...section.querySelectorAll<HTMLElement>('.fig-value')]
        .filter((v) => v.checkVisibility({ checkVisibilityCSS: true }) && v.getBoundingClientRect().width > 0)
        .map((v) => v.textContent),
      ticks: [...section.querySelectorAll<HTMLElement>('.fig-tick')]
        .filter((t) => t.checkVisibility({ checkVisibilityCSS: true }))
        .map((t) => t.textContent),
    }));
    for (const figure of ['490', '500', '505', '700'])
      expect(letter.text).toMatch(new RegExp(`\\b${figure}\\b`));
    expect(letter.values).toEqual(expect.arrayContaining(['490', '505', 'about 500', 'more than 700']));
    expect(letter.values).toHaveLength(14);
    expect(letter.ticks).toEqual(expect.arrayContaining(['0', '400', '800']));
    // The page says 738: its band is on the letter's chart, named in the legend.
    expect(letter.text).toContain('dashed band: this page, “738”');
    await screenshots('figures');
    await popup.click('#tab-story');
    expect(await popup.$$eval('#view-story h2', (h) => h.map((x) => x.textContent))).toEqual([
      'Timeline',
      'Overturned by later reporting',
      'People',
      'Sources',
    ]);
    await screenshots('story');
  });

  it('searches people, claims, events and sources', async () => {
    await popup.click('#tab-search');
    await popup.type('#search', 'Shear');
    await popup.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    const titles = await popup.$$eval('#search-results li b', (b) => b.map((x) => x.textContent));
    expect(titles).toContain('Emmett Shear');
    expect(titles).toContain("Emmett Shear's title");
    await screenshots('search');
  });

  it('turns highlighting off and on from Settings, live', async () => {
    await popup.click('#tab-settings');
    await screenshots('settings');
    expect(await markCount(article)).toBeGreaterThan(0);
    await popup.click('#settings input[name="enabled"]');
    await untilArticle(() => document.querySelectorAll('mark').length === 0);
    expect(await article.$$('sourcemark-card')).toHaveLength(0);
    await popup.click('#settings input[name="enabled"]');
    await untilArticle(() => document.querySelectorAll('mark[data-sm-kind]').length > 0);

    // Off for this site only, then on again.
    await popup.click('#settings input[name="site"]');
    await untilArticle(() => document.querySelectorAll('mark').length === 0);
    await popup.click('#settings input[name="site"]');
    await untilArticle(() => document.querySelectorAll('mark[data-sm-kind]').length > 0);

    // Claims off: names stay, claims go.
    await popup.click('#settings input[name="claims"]');
    await untilArticle(() => document.querySelectorAll('mark[data-sm-kind="claim"]').length === 0);
    expect(await article.$$('mark[data-sm-kind="entity"]')).not.toHaveLength(0);
    await popup.click('#settings input[name="claims"]');
    await untilArticle(() => document.querySelectorAll('mark[data-sm-kind="claim"]').length > 0);
  });

  it('keeps two settings toggled by keyboard within 50 ms, with focus on the checkbox', async () => {
    await popup.bringToFront();
    await popup.click('#tab-settings');
    const kinds = () =>
      article.evaluate(() => [
        ...new Set(
          [...document.querySelectorAll<HTMLElement>('mark[data-sm-kind]')].map((m) => m.dataset.smId),
        ),
      ]);
    expect(await kinds()).toContain('openai');
    await popup.evaluate(() => {
      const times: number[] = [];
      (globalThis as { changeTimes?: number[] }).changeTimes = times;
      document.getElementById('settings')!.addEventListener('change', () => times.push(performance.now()));
    });
    await popup.focus('#settings input[name="people"]');
    // Sent back to back without waiting on each other, in order: a quick typist's pace.
    const keys = popup.keyboard;
    await Promise.all([
      keys.down(' '),
      keys.up(' '),
      keys.down('Tab'),
      keys.up('Tab'),
      keys.down(' '),
      keys.up(' '),
    ]);
    const panel = await popup.evaluate(() => ({
      times: (globalThis as { changeTimes?: number[] }).changeTimes!,
      focused: (document.activeElement as HTMLInputElement | null)?.name,
      checked: ['people', 'organisations'].map(
        (n) => document.querySelector<HTMLInputElement>(`#settings input[name="${n}"]`)!.checked,
      ),
    }));
    expect(panel.times).toHaveLength(2);
    // Chromium's driver delivers keys sent back to back within a few ms. Firefox's (WebDriver
    // BiDi) sends each key as its own round trip, about 60 ms apart: as quick as it allows.
    if (name === 'chromium') expect(panel.times[1]! - panel.times[0]!).toBeLessThan(50);
    // Once storage has echoed both and the page has applied them: both kept, focus where it was.
    await untilArticle(
      () => !document.querySelector('mark[data-sm-id="openai"], mark[data-sm-id="sam-altman"]'),
    );
    await new Promise((r) => setTimeout(r, 300));
    const after = await popup.evaluate(async () => {
      const g = globalThis as ExtensionPageGlobals & {
        browser?: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } };
        chrome?: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } };
      };
      const stored = await (g.browser ?? g.chrome)!.storage.sync.get(null);
      return {
        stored: { people: stored.people, organisations: stored.organisations },
        focused: (document.activeElement as HTMLInputElement | null)?.name,
        checked: ['people', 'organisations'].map(
          (n) => document.querySelector<HTMLInputElement>(`#settings input[name="${n}"]`)!.checked,
        ),
      };
    });
    expect(after).toEqual({
      stored: { people: false, organisations: false },
      focused: 'organisations',
      checked: [false, false],
    });
    // And back on, by keyboard again.
    await popup.keyboard.press(' ');
    await popup.keyboard.down('Shift');
    await popup.keyboard.press('Tab');
    await popup.keyboard.up('Shift');
    await popup.keyboard.press(' ');
    await untilArticle(
      () =>
        !!document.querySelector('mark[data-sm-id="openai"]') &&
        !!document.querySelector('mark[data-sm-id="sam-altman"]'),
    );
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
