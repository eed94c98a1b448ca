import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { selectedBrowsers, sendToTab } from './harness/browsers.ts';
import { useExtension } from './harness/extensionSuite.ts';
import { emulateColorScheme, takeScreenshot, type ColorScheme } from './harness/screenshots.ts';

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface CardState {
  /** Drawn as a reader sees it: in the page, checkVisibility(), a box with a size. */
  drawn: boolean;
  hosts: number;
  title: string | null;
  role: string | null;
  labelledBy: string | null;
  card: Rect | null;
  viewport: { width: number; height: number };
}

const cardState = (page: Page) =>
  page.evaluate((): CardState => {
    const hosts = document.querySelectorAll<HTMLElement>('sourcemark-card');
    const host = hosts[0];
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.card') ?? null;
    const r = card?.getBoundingClientRect();
    const drawn =
      !!host &&
      !!card &&
      host.isConnected &&
      getComputedStyle(host).display !== 'none' &&
      card.checkVisibility({ checkVisibilityCSS: true }) &&
      !!r &&
      r.width > 0 &&
      r.height > 0;
    return {
      drawn,
      hosts: hosts.length,
      title: card?.querySelector('h2')?.textContent ?? null,
      role: card?.getAttribute('role') ?? null,
      labelledBy: card?.getAttribute('aria-labelledby') ?? null,
      card: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
      viewport: { width: innerWidth, height: innerHeight },
    };
  });

const waitForCard = (page: Page, title?: string) =>
  page.waitForFunction(
    (wanted) => {
      const card = document.querySelector('sourcemark-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return (
        !!card?.isConnected &&
        card.checkVisibility({ checkVisibilityCSS: true }) &&
        (!wanted || card.querySelector('h2')?.textContent === wanted)
      );
    },
    { timeout: 5_000 },
    title ?? null,
  );

const waitForNoCard = (page: Page) =>
  page.waitForFunction(
    () => {
      const card = document.querySelector('sourcemark-card')?.shadowRoot?.querySelector<HTMLElement>('.card');
      return !card?.checkVisibility({ checkVisibilityCSS: true });
    },
    { timeout: 5_000 },
  );

const rectOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Points inside `r` (its centre and near its corners), within the viewport. */
function pointsIn(r: Rect, viewport: { width: number; height: number }): Array<{ x: number; y: number }> {
  const xs = [r.x + 8, r.x + r.width / 2, r.x + r.width - 8];
  const ys = [r.y + 8, r.y + r.height / 2, r.y + r.height - 8];
  return xs
    .flatMap((x) => ys.map((y) => ({ x, y })))
    .filter((p) => p.x >= 0 && p.y >= 0 && p.x < viewport.width && p.y < viewport.height);
}

/** What the pointer would hit at each point: true where it is the page's own content. */
const pageIsHitAt = (page: Page, points: Array<{ x: number; y: number }>) =>
  page.evaluate(
    (pts) =>
      pts.map(({ x, y }) => {
        const hit = document.elementFromPoint(x, y);
        return !!hit && hit.tagName !== 'SOURCEMARK-CARD' && document.documentElement.contains(hit);
      }),
    points,
  );

/** The card is not drawn, not in the page, and the pointer reaches the page where it was. */
async function expectGone(page: Page, lastPlace: Rect): Promise<void> {
  const state = await cardState(page);
  expect(state.drawn).toBe(false);
  const points = pointsIn(lastPlace, state.viewport);
  expect(points.length).toBeGreaterThan(0);
  expect(await pageIsHitAt(page, points)).toEqual(points.map(() => true));
}

/**
 * Hovers a mark the engine may still be rewriting (a live page's blocks are read
 * again as entries arrive, and statement marks are written in idle time): a mark
 * replaced between finding and hovering it is found again.
 */
async function hoverSettled(page: Page, selector: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.waitForSelector(selector);
    try {
      await page.hover(selector);
      return;
    } catch (error) {
      // Gone between finding and hovering (detached, or no longer in the page): look again shortly.
      if (attempt === 5 || !/detached|No element found/.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe.each(selectedBrowsers())('hover cards in %s', (name) => {
  const suite = useExtension(name);
  const VIEWPORT = { width: 1000, height: 700 };
  const open = async (path: string, viewport = VIEWPORT) => (await suite.open(path, viewport)).page;

  async function screenshotCard(page: Page, markSelector: string, file: string, scheme: ColorScheme) {
    // Let the card's short fade-in finish.
    await new Promise((r) => setTimeout(r, 400));
    const a = await rectOf(page, markSelector);
    const { card } = await cardState(page);
    const x = Math.max(0, Math.min(a.x, card!.x) - 12);
    const y = Math.max(0, Math.min(a.y, card!.y) - 12);
    const right = Math.max(a.x + a.width, card!.x + card!.width) + 12;
    const bottom = Math.max(a.y + a.height, card!.y + card!.height) + 12;
    // Rects are relative to the viewport; a clip is relative to the document.
    const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
    await takeScreenshot(page, name, file, scheme, {
      clip: { x: x + scroll.x, y: y + scroll.y, width: right - x, height: bottom - y },
    });
  }

  it('opens an entity card on hover beside the highlight; after Escape it is not drawn and the page takes the pointer', async () => {
    const page = await open('article-board-crisis.html');
    const selector = 'mark[data-sm-id="emmett-shear"]';
    await page.hover(selector);
    await waitForCard(page);
    const state = await cardState(page);
    expect(state).toMatchObject({
      drawn: true,
      hosts: 1,
      title: 'Emmett Shear',
      role: 'dialog',
      labelledBy: 'sourcemark-card-title',
    });
    const mark = await rectOf(page, selector);
    expect(overlaps(state.card!, mark)).toBe(false);
    expect(state.card!.x).toBeGreaterThanOrEqual(0);
    expect(state.card!.y + state.card!.height).toBeLessThanOrEqual(state.viewport.height);
    // While it is open, the card is what the pointer hits there.
    expect(await pageIsHitAt(page, pointsIn(state.card!, state.viewport))).not.toContain(true);
    await screenshotCard(page, selector, 'card-entity', 'light');

    await page.keyboard.press('Escape');
    await expectGone(page, state.card!);
    const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
    await takeScreenshot(
      page,
      name,
      'card-closed',
      'light',
      {
        clip: { ...state.card!, x: state.card!.x + scroll.x, y: state.card!.y + scroll.y },
      },
      { forDocs: false },
    );
    await page.close();
  });

  it('closes once the pointer has left for the grace period', async () => {
    const page = await open('article-board-crisis.html');
    await page.hover('mark[data-sm-id="staff-letter-signatories"]');
    await waitForCard(page);
    const { card } = await cardState(page);
    await page.mouse.move(1, VIEWPORT.height - 1);
    await waitForNoCard(page);
    await expectGone(page, card!);
    await page.close();
  });

  it('closes when scrolling takes the highlight from under the pointer', async () => {
    const page = await open('article-board-crisis.html');
    // Room below the article, so it can scroll the mark and its card out of the window.
    await page.evaluate(() => (document.body.style.paddingBottom = '2000px'));
    const selector = 'mark[data-sm-id="satya-nadella"]';
    await page.hover(selector);
    await waitForCard(page, 'Satya Nadella');
    await page.mouse.wheel({ deltaY: 1200 });
    await page.waitForFunction(() => scrollY > 1000);
    await waitForNoCard(page);
    expect((await cardState(page)).drawn).toBe(false);
    // Nowhere in the window does the pointer meet a card.
    const grid = pointsIn({ x: 0, y: 0, ...VIEWPORT }, VIEWPORT);
    expect(await pageIsHitAt(page, grid)).toEqual(grid.map(() => true));
    // Scrolling back does not bring it back.
    await page.evaluate(() => scrollTo(0, 0));
    await new Promise((r) => setTimeout(r, 200));
    expect((await cardState(page)).drawn).toBe(false);
    await page.close();
  });

  it('leaves one card when a second highlight opens, and the first one’s place to the page', async () => {
    const page = await open('article-board-crisis.html');
    await page.hover('mark[data-sm-id="emmett-shear"]');
    await waitForCard(page, 'Emmett Shear');
    const first = (await cardState(page)).card!;
    // A highlight of another name that the first card does not cover.
    await page.evaluate((card) => {
      const marks = [...document.querySelectorAll<HTMLElement>('mark[data-sm-kind="entity"]')];
      const centre = (r: { x: number; y: number; width: number; height: number }) => ({
        x: r.x + r.width / 2,
        y: r.y + r.height / 2,
      });
      const from = centre(card);
      const distance = (m: HTMLElement) => {
        const c = centre(m.getBoundingClientRect());
        return Math.hypot(c.x - from.x, c.y - from.y);
      };
      // The visible mark of another name farthest from the first card: its own card lands elsewhere.
      const free = marks
        .filter((m) => {
          const r = m.getBoundingClientRect();
          return r.top > 0 && r.bottom < innerHeight && m.dataset.smId !== 'emmett-shear';
        })
        .sort((a, b) => distance(b) - distance(a))[0]!;
      free.setAttribute('data-test-target', '');
    }, first);
    await page.hover('mark[data-test-target]');
    await page.waitForFunction(
      () => {
        const card = document.querySelector('sourcemark-card')?.shadowRoot?.querySelector('.card');
        const title = card?.isConnected ? card.querySelector('h2')?.textContent : undefined;
        return !!title && title !== 'Emmett Shear';
      },
      { timeout: 5_000 },
    );
    const second = await cardState(page);
    expect(second.hosts).toBe(1);
    const freed = pointsIn(first, second.viewport).filter(
      (p) => !overlaps({ ...p, width: 1, height: 1 }, second.card!),
    );
    expect(freed.length).toBeGreaterThan(0);
    expect(await pageIsHitAt(page, freed)).toEqual(freed.map(() => true));
    await page.close();
  });

  it("shows every outlet's figure on a claim card, and a statement's reversal, in light and dark", async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('article-board-crisis.html');
      // Light is the default; dark only where the driver can emulate it.
      if (!(await emulateColorScheme(page, scheme)) && scheme === 'dark') {
        await page.close();
        continue;
      }
      const figure = 'mark[data-sm-id="staff-letter-signatories"]';
      await page.hover(figure);
      await waitForCard(page);
      // Read as a reader sees it: each row's value label drawn, and the card's rendered text.
      const card = await page.$eval('sourcemark-card', (host) => {
        const root = host.shadowRoot!;
        return {
          rows: [...root.querySelectorAll<HTMLElement>('.fig-row')].map((li) => [
            li.querySelector<HTMLElement>('.fig-value')!.checkVisibility()
              ? li.querySelector('.fig-value')!.textContent
              : null,
            li.getAttribute('data-overlaps'),
          ]),
          text: root.querySelector<HTMLElement>('.card')!.innerText,
        };
      });
      expect(card.rows).toContainEqual(['505', 'false']);
      expect(card.rows).toContainEqual(['more than 700', 'true']);
      expect(card.text).toMatch(/does not overlap “738”/);
      expect(card.text).toContain('dashed band: this page, “738”');
      await screenshotCard(page, figure, 'card-figure', scheme);
      await page.mouse.move(1, 1);
      await page.hover('mark[data-sm-id="emmett-shear"]');
      await waitForCard(page, 'Emmett Shear');
      if (scheme === 'dark')
        await screenshotCard(page, 'mark[data-sm-id="emmett-shear"]', 'card-entity', scheme);
      await page.close();

      const blog = await open('live-blog.html');
      await emulateColorScheme(blog, scheme);
      // The page prepends a live entry after 1.5 s, which moves every mark down and (rightly) closes a
      // card whose highlight leaves the pointer: hover after it, so the card stays for its screenshot.
      await blog.waitForFunction(
        () => (window as unknown as { updateArrived?: boolean }).updateArrived === true,
      );
      const statement = 'mark[data-sm-id="altman-joins-microsoft"]';
      await hoverSettled(blog, statement);
      await waitForCard(blog);
      expect(
        await blog.$eval('sourcemark-card', (h) => h.shadowRoot!.querySelector('.reversal')?.textContent),
      ).toMatch(/Later reporting/);
      await screenshotCard(blog, statement, 'card-statement', scheme);
      await blog.close();
    }
  });

  it('adds no Tab stop to the page: Tab walks only the page’s own links and controls', async () => {
    const page = await open('article-board-crisis.html');
    const { marks, own } = await page.evaluate(() => ({
      marks: document.querySelectorAll('mark[data-sm-kind]').length,
      own: [...document.querySelectorAll<HTMLElement>('a[href], button, textarea, input, select')].length,
    }));
    // Names repeat on this page: Altman, Brockman and OpenAI each several times.
    expect(marks).toBeGreaterThanOrEqual(20);
    const visited: string[] = [];
    for (let i = 0; i < own; i++) {
      await page.keyboard.press('Tab');
      visited.push(
        await page.evaluate(() => {
          const active = document.activeElement;
          return active?.closest('mark') ? 'MARK' : (active?.tagName ?? 'none');
        }),
      );
    }
    expect(visited).not.toContain('MARK');
    expect(new Set(visited)).toEqual(new Set(['A', 'TEXTAREA', 'BUTTON']));
    expect((await cardState(page)).drawn).toBe(false);
    await page.close();
  });

  it("steps to the next highlight and opens its card when the keyboard shortcut's message arrives", async () => {
    const { page, url } = await suite.open('article-board-crisis.html', VIEWPORT);
    // Which highlight has focus: its position among the marks.
    const focused = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('mark[data-sm-kind]')].indexOf(document.activeElement!),
      );
    const first = await sendToTab<{ moved: boolean }>(suite.control, url, {
      type: 'highlights/step',
      direction: 'next',
    });
    expect(first.moved).toBe(true);
    const start = await focused();
    expect(start).toBe(0);
    expect(await cardState(page)).toMatchObject({ drawn: true, title: 'OpenAI' });
    await sendToTab(suite.control, url, { type: 'highlights/step', direction: 'next' });
    expect(await focused()).toBeGreaterThan(start);
    await sendToTab(suite.control, url, { type: 'highlights/step', direction: 'previous' });
    expect(await focused()).toBe(start);
    expect((await cardState(page)).drawn).toBe(true);
    await page.keyboard.press('Escape');
    expect((await cardState(page)).drawn).toBe(false);
    expect(await focused()).toBe(start);
    await page.close();
  });

  it('works on a page with hostile CSS: all: unset, a transformed body, a top-most overlay', async () => {
    const page = await open('hostile-css.html');
    const selector = 'mark[data-sm-id="sam-altman"]';
    await page.hover(selector);
    await waitForCard(page);
    const state = await cardState(page);
    expect(state).toMatchObject({ drawn: true, title: 'Sam Altman' });
    expect(overlaps(state.card!, await rectOf(page, selector))).toBe(false);
    // The card is on top: the point at its centre belongs to the card's host, not the page's overlay.
    const top = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, {
      x: state.card!.x + 20,
      y: state.card!.y + 20,
    });
    expect(top).toBe('SOURCEMARK-CARD');
    const fontFamily = await page.$eval(
      'sourcemark-card',
      (h) => getComputedStyle(h.shadowRoot!.querySelector('.card')!).fontFamily,
    );
    expect(fontFamily).toMatch(/system-ui/);
    await page.keyboard.press('Escape');
    await expectGone(page, state.card!);
    await page.close();
  });
});
