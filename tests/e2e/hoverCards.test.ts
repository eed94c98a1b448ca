import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { selectedBrowsers, sendToTab } from './harness/browsers.ts';
import { useExtension } from './harness/extensionSuite.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

interface CardState {
  visible: boolean;
  title: string | null;
  role: string | null;
  labelledBy: string | null;
  card: { x: number; y: number; width: number; height: number } | null;
  viewport: { width: number; height: number };
}

const cardState = (page: Page) =>
  page.evaluate((): CardState => {
    const host = document.querySelector<HTMLElement>('sourcemark-card');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.card');
    const r = card?.getBoundingClientRect();
    return {
      visible: !!host && !host.hidden && !!r && r.width > 0,
      title: card?.querySelector('h2')?.textContent ?? null,
      role: card?.getAttribute('role') ?? null,
      labelledBy: card?.getAttribute('aria-labelledby') ?? null,
      card: r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
      viewport: { width: innerWidth, height: innerHeight },
    };
  });

const waitForCard = (page: Page) =>
  page.waitForFunction(() => document.querySelector<HTMLElement>('sourcemark-card')?.hidden === false, {
    timeout: 5_000,
  });

const rectOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe.each(selectedBrowsers())('hover cards in %s', (name) => {
  const suite = useExtension(name);
  const VIEWPORT = { width: 1000, height: 700 };
  const open = async (path: string) => (await suite.open(path, VIEWPORT)).page;
  beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

  async function screenshotCard(page: Page, markSelector: string, file: string): Promise<void> {
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
    await page.screenshot({
      path: resolve(ARTIFACTS, `${file}-${name}.png`),
      clip: { x: x + scroll.x, y: y + scroll.y, width: right - x, height: bottom - y },
    });
  }

  it('opens an entity card on hover, beside the highlight and inside the viewport, and closes on Escape', async () => {
    const page = await open('article-board-crisis.html');
    const selector = 'mark[data-sm-id="emmett-shear"]';
    await page.hover(selector);
    await waitForCard(page);
    const state = await cardState(page);
    expect(state).toMatchObject({
      visible: true,
      title: 'Emmett Shear',
      role: 'dialog',
      labelledBy: 'sourcemark-card-title',
    });
    const mark = await rectOf(page, selector);
    expect(overlaps(state.card!, mark)).toBe(false);
    expect(state.card!.x).toBeGreaterThanOrEqual(0);
    expect(state.card!.y + state.card!.height).toBeLessThanOrEqual(state.viewport.height);
    await screenshotCard(page, selector, 'card-entity');

    await page.keyboard.press('Escape');
    expect((await cardState(page)).visible).toBe(false);
    await page.close();
  });

  it("shows every outlet's figure on a claim card, and a statement's reversal", async () => {
    const page = await open('article-board-crisis.html');
    const figure = 'mark[data-sm-id="staff-letter-signatories"]';
    await page.hover(figure);
    await waitForCard(page);
    const rows = await page.$eval('sourcemark-card', (host) =>
      [...host.shadowRoot!.querySelectorAll('li.row')].map((li) => [
        li.querySelector('.wording')!.textContent,
        li.getAttribute('data-overlaps'),
      ]),
    );
    expect(rows).toContainEqual(['505', 'false']);
    expect(rows).toContainEqual(['more than 700', 'true']);
    await screenshotCard(page, figure, 'card-figure');
    await page.mouse.move(1, 1);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('sourcemark-card')?.hidden, {
      timeout: 5_000,
    });
    await page.close();

    const blog = await open('live-blog.html');
    const statement = 'mark[data-sm-id="altman-joins-microsoft"]';
    await blog.hover(statement);
    await waitForCard(blog);
    expect(
      await blog.$eval('sourcemark-card', (h) => h.shadowRoot!.querySelector('.reversal')?.textContent),
    ).toMatch(/Later reporting/);
    await screenshotCard(blog, statement, 'card-statement');
    await blog.close();
  });

  it('opens at once when a highlight is reached with Tab', async () => {
    const page = await open('article-board-crisis.html');
    await page.focus('.byline a');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLElement | null)?.dataset.smId ?? null,
    );
    expect(focused).toBe('openai');
    expect(await cardState(page)).toMatchObject({ visible: true, title: 'OpenAI' });
    await page.close();
  });

  it("steps to the next highlight when the keyboard shortcut's message arrives", async () => {
    const { page, url } = await suite.open('article-board-crisis.html', VIEWPORT);
    // Which highlight has focus: its position among the tab stops.
    const focused = () =>
      page.evaluate(() => [...document.querySelectorAll('mark[tabindex]')].indexOf(document.activeElement!));
    const first = await sendToTab<{ moved: boolean }>(suite.control, url, {
      type: 'highlights/step',
      direction: 'next',
    });
    expect(first.moved).toBe(true);
    expect(await focused()).toBe(0);
    expect((await cardState(page)).visible).toBe(true);
    await sendToTab(suite.control, url, { type: 'highlights/step', direction: 'next' });
    expect(await focused()).toBe(1);
    await sendToTab(suite.control, url, { type: 'highlights/step', direction: 'previous' });
    expect(await focused()).toBe(0);
    expect((await cardState(page)).visible).toBe(true);
    await page.close();
  });

  it('works on a page with hostile CSS: all: unset, a transformed body, a top-most overlay', async () => {
    const page = await open('hostile-css.html');
    const selector = 'mark[data-sm-id="sam-altman"]';
    await page.hover(selector);
    await waitForCard(page);
    const state = await cardState(page);
    expect(state).toMatchObject({ visible: true, title: 'Sam Altman' });
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
    await page.close();
  });
});
