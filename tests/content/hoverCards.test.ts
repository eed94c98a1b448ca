import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { compileMatcher, type Matcher } from '../../src/core/match/compileMatcher.ts';
import { Highlighter } from '../../src/content/highlighter.ts';
import { DEFAULT_HIGHLIGHT_OPTIONS } from '../../src/core/page/selectHighlights.ts';
import { CLOSE_DELAY_MS, HoverCards, OPEN_DELAY_MS } from '../../src/content/card/hoverCards.ts';
import { cardModelFor } from '../../src/core/cards/cardModels.ts';
import { renderCard } from '../../src/content/card/renderCard.tsx';
import { bringIntoView } from '../../src/content/revealHighlight.ts';
import type { ContentDataset } from '../../src/core/dataset/schema.ts';
import { expectOnTheTicksAxis, readChart } from '../popup/readChart.ts';

let matcher: Matcher;
beforeAll(() => {
  matcher = compileMatcher(bundledDataset);
});

const PAGE = `<p>OpenAI named Emmett Shear interim CEO after removing Sam Altman.</p>
  <p>By Monday, 738 out of OpenAI's roughly 770 employees had signed the letter, Ilya Sutskever among them.</p>
  <p>Later, Sam Altman joins Microsoft, Satya Nadella said.</p>`;

async function setUp(html = PAGE) {
  document.body.innerHTML = html;
  const highlighter = new Highlighter({ matcher, root: document.body });
  await highlighter.enable();
  const cards = new HoverCards(bundledDataset, highlighter);
  const attached = new AbortController();
  cards.attach(attached.signal);
  cards.refreshTabStops();
  return { highlighter, cards, detach: () => attached.abort() };
}

const cardRoot = () =>
  document.querySelector('sourcemark-card')?.shadowRoot?.querySelector<HTMLElement>('.card') ?? null;
/**
 * What jsdom can tell of what is drawn: the host is in the document and its
 * computed display is not none (jsdom has no layout, checkVisibility or
 * elementFromPoint; tests/e2e/hoverCards.test.ts asks the real browsers).
 */
const cardVisible = () => {
  const host = document.querySelector<HTMLElement>('sourcemark-card');
  return !!host && host.isConnected && getComputedStyle(host).display !== 'none';
};
const mark = (id: string, nth = 0) =>
  document.querySelectorAll<HTMLElement>(`mark[data-sm-id="${id}"]`)[nth]!;

describe('card content', () => {
  function render(id: string, dataset: ContentDataset = bundledDataset) {
    const highlight = [...document.querySelectorAll('mark')]
      .map((m) => running!.highlighter.highlightFor(m))
      .find((h) => h?.id === id)!;
    const card = document.createElement('div');
    renderCard(card, cardModelFor(dataset, highlight)!, 't');
    return card;
  }
  let running: Awaited<ReturnType<typeof setUp>> | undefined;
  afterEach(async () => {
    running?.detach();
    await running?.highlighter.disable();
    running = undefined;
  });

  it('describes a person: role, part in the story, dated events, sources, why it matched', async () => {
    running = await setUp();
    const card = render('emmett-shear');
    expect(card.querySelector('h2')!.textContent).toBe('Emmett Shear');
    expect(card.textContent).toContain('interim CEO of OpenAI');
    expect(card.querySelector('.label')!.textContent).toBe('Person');
    expect([...card.querySelectorAll('li')].map((li) => li.textContent)).toContainEqual(
      expect.stringContaining('Emmett Shear named to run OpenAI'),
    );
    expect(card.querySelector('.foot')!.textContent).toMatch(
      /Named in 9 sources .* Matched the name "Emmett Shear"\./,
    );
    expect(card.getAttribute('aria-labelledby')).toBe('t');
  });

  it('charts every report of a figure: merged by outlet and wording, values as text, one axis, the page as a band', async () => {
    running = await setUp();
    const card = render('staff-letter-signatories');
    expect(card.querySelector('.page')!.textContent).toMatch(
      /^This page: 738 · \d+ of 14 reports of its period differ$/,
    );
    expect(card.querySelector('.why')!.textContent).toMatch(/does not overlap “738”/);
    const figures = card.querySelectorAll('figure');
    expect(figures).toHaveLength(1);
    const chart = readChart(figures[0]!);
    expect(chart.caption).toBe('2023: reports of this page’s period');
    const axios = chart.rows.filter((r) => r.outlet === 'Axios' && r.value.includes('overwhelming majority'));
    expect(axios).toHaveLength(1);
    expect(axios[0]!.meta).toMatch(/^20 Nov 2023, 22 Nov 2023/);
    const swisher = chart.rows.find((r) => r.meta.includes('citing Kara Swisher'))!;
    expect(swisher.value).toBe('505');
    expect(swisher.overlaps).toBe('false');
    expect(swisher.meta).toContain('does not overlap this page');
    expect(chart.rows.find((r) => r.value === 'more than 700')!.overlaps).toBe('true');
    // One axis: each bar starts where the ticks put its value, and the band where they put 738.
    expectOnTheTicksAxis(chart, 505, swisher.bar.left);
    expectOnTheTicksAxis(chart, 700, chart.rows.find((r) => r.value === 'more than 700')!.bar.left);
    for (const row of chart.rows) expectOnTheTicksAxis(chart, 738, row.ref!.left);
  });

  it('shows a figure from another period as change over time, on an axis of its own', async () => {
    running = await setUp('<p>OpenAI, led by Sam Altman, was valued at $86 billion in a share sale.</p>');
    const card = render('openai-valuation');
    const charts = [...card.querySelectorAll('figure')].map(readChart);
    expect(charts.map((c) => c.caption)).toEqual([
      '2023: reports of this page’s period',
      'Apr 2023: change over time',
      '2026: change over time',
    ]);
    expect(charts[0]!.rows.map((r) => r.value)).toContain('around $86 billion');
    // Two outlets' 2026 figure: two rows.
    // April 2023's $28 billion: the same year, but the verdict (samePeriod) sets it apart.
    expect(charts[1]!.rows.map((r) => r.value)).toEqual(['around $28 billion']);
    expect(charts[2]!.rows.map((r) => r.value)).toEqual(['$500 billion', '$500 billion']);
    expect(charts.slice(1).every((c) => c.rows.every((r) => r.ref === null && r.overlaps === null))).toBe(
      true,
    );
    expect(card.querySelector('.page')!.textContent).toMatch(/· the one report of its period overlaps$/);
  });

  it('shows a statement that later reporting overturned', async () => {
    running = await setUp();
    const card = render('altman-joins-microsoft');
    expect(card.querySelector('.reversal')!.textContent).toMatch(/Later reporting \(21 Nov 2023\)/);
    expect(card.querySelectorAll('.versions li').length).toBeGreaterThan(3);
  });

  it('sets dataset and page text as text, never as HTML', async () => {
    running = await setUp();
    const payload = '<img src=x onerror="globalThis.pwned=1">';
    const hostile: ContentDataset = {
      ...bundledDataset,
      sources: bundledDataset.sources.map((s) => (s.id === 'r04' ? { ...s, outlet: `${payload}CNBC` } : s)),
      entities: bundledDataset.entities.map((e) =>
        e.id === 'emmett-shear' ? { ...e, role: `${payload} interim CEO` } : e,
      ),
    };
    for (const id of ['staff-letter-signatories', 'emmett-shear']) {
      const card = render(id, hostile);
      // The payload reaches a field the card shows, as the characters it is made of.
      expect(card.textContent).toContain(payload);
      expect(card.querySelector('img')).toBeNull();
    }
  });
});

describe('hover and keyboard behaviour', () => {
  let running: Awaited<ReturnType<typeof setUp>> | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    running?.detach();
    await running?.highlighter.disable();
    running = undefined;
  });

  it('opens after a hover delay, stays while hovered, closes shortly after the pointer leaves', async () => {
    running = await setUp();
    vi.useFakeTimers();
    const target = mark('sam-altman');
    target.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(OPEN_DELAY_MS - 50);
    expect(cardVisible()).toBe(false);
    vi.advanceTimersByTime(100);
    expect(cardVisible()).toBe(true);
    expect(cardRoot()!.querySelector('h2')!.textContent).toBe('Sam Altman');
    // Pointer moves from the mark onto the card: it stays.
    const host = document.querySelector('sourcemark-card')!;
    target.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: host }));
    host.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 3);
    expect(cardVisible()).toBe(true);
    // And leaves the card for the page: it closes after the delay.
    host.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    vi.advanceTimersByTime(CLOSE_DELAY_MS - 50);
    expect(cardVisible()).toBe(true);
    vi.advanceTimersByTime(100);
    expect(cardVisible()).toBe(false);
  });

  it('opens at once when a highlight takes focus and closes on Escape without moving focus', async () => {
    running = await setUp();
    const target = mark('satya-nadella');
    bringIntoView(target);
    expect(document.activeElement).toBe(target);
    expect(cardVisible()).toBe(true);
    expect(cardRoot()!.getAttribute('role')).toBe('dialog');
    expect(cardRoot()!.getAttribute('aria-labelledby')).toBe('sourcemark-card-title');
    const card = cardRoot()!;
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cardVisible()).toBe(false);
    expect(card.isConnected).toBe(false);
    expect(document.activeElement).toBe(target);
  });

  it('makes no highlight a Tab stop, however often a name repeats; the shortcut still opens the card', async () => {
    const repeated = Array.from(
      { length: 12 },
      (_, i) => `<p>Sam Altman met Greg Brockman and Satya Nadella at OpenAI (${i}).</p>`,
    ).join('');
    running = await setUp(`<p><a href="#a">a link</a></p>${repeated}<p><a href="#b">another</a></p>`);
    expect(document.querySelectorAll('mark').length).toBeGreaterThanOrEqual(48);
    const tabStops = [...document.querySelectorAll<HTMLElement>('body *')].filter((e) => e.tabIndex >= 0);
    expect(tabStops.map((e) => e.tagName)).toEqual(['A', 'A']);
    running.cards.refreshTabStops();
    expect([...document.querySelectorAll<HTMLElement>('mark')].filter((m) => m.tabIndex >= 0)).toEqual([]);
    expect(running.cards.step(1)).toBe(true);
    expect(document.activeElement?.getAttribute('data-sm-id')).toBe('sam-altman');
    expect(cardVisible()).toBe(true);
    expect(cardRoot()!.querySelector('h2')!.textContent).toBe('Sam Altman');
  });

  it('closes the first card when a second highlight opens: one card, the second one', async () => {
    running = await setUp();
    running.cards.open(mark('sam-altman'));
    const first = cardRoot()!.querySelector('h2')!;
    running.cards.open(mark('satya-nadella'));
    expect(document.querySelectorAll('sourcemark-card')).toHaveLength(1);
    expect(first.isConnected).toBe(false);
    expect(cardRoot()!.querySelector('h2')!.textContent).toBe('Satya Nadella');
  });

  it('opens the next highlight the pointer rests on, even as the first card closes', async () => {
    running = await setUp();
    vi.useFakeTimers();
    const first = mark('sam-altman');
    const second = mark('satya-nadella');
    first.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(OPEN_DELAY_MS + 10);
    expect(cardRoot()!.querySelector('h2')!.textContent).toBe('Sam Altman');
    first.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: second }));
    second.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    vi.advanceTimersByTime(CLOSE_DELAY_MS + 10);
    expect(cardVisible()).toBe(false);
    vi.advanceTimersByTime(OPEN_DELAY_MS - CLOSE_DELAY_MS);
    expect(cardVisible()).toBe(true);
    expect(cardRoot()!.querySelector('h2')!.textContent).toBe('Satya Nadella');
  });

  it('follows a mark a later pass replaced, and closes when the highlight is gone', async () => {
    running = await setUp();
    running.cards.open(mark('satya-nadella'));
    const before = mark('satya-nadella');
    // A full pass writes every mark anew.
    await running.highlighter.setOptions(DEFAULT_HIGHLIGHT_OPTIONS);
    expect(before.isConnected).toBe(false);
    running.cards.refreshTabStops();
    expect(cardVisible()).toBe(true);
    expect(cardRoot()!.querySelector('h2')!.textContent).toBe('Satya Nadella');
    await running.highlighter.disable();
    running.cards.refreshTabStops();
    expect(cardVisible()).toBe(false);
  });

  it('stops listening and leaves nothing behind when its signal aborts', async () => {
    running = await setUp();
    vi.useFakeTimers();
    running.cards.open(mark('sam-altman'));
    mark('satya-nadella').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    running.detach();
    expect(document.querySelector('sourcemark-card')).toBeNull();
    // Neither the pending hover timer nor a new hover brings a card back.
    vi.advanceTimersByTime(OPEN_DELAY_MS * 2);
    mark('openai').dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    mark('openai').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    vi.advanceTimersByTime(OPEN_DELAY_MS * 2);
    expect(document.querySelector('sourcemark-card')).toBeNull();
  });

  it('shows one card at a time and steps through highlights', async () => {
    running = await setUp();
    expect(running.cards.step(1)).toBe(true);
    const first = cardRoot()!.querySelector('h2')!.textContent;
    running.cards.step(1);
    expect(cardRoot()!.querySelector('h2')!.textContent).not.toBe(first);
    expect(document.querySelectorAll('sourcemark-card')).toHaveLength(1);
    running.cards.step(-1);
    expect(cardRoot()!.querySelector('h2')!.textContent).toBe(first);
  });

  it('leaves the page as it was once detached', async () => {
    document.body.innerHTML = PAGE;
    const before = document.documentElement.outerHTML;
    running = await setUp(PAGE);
    running.cards.step(1);
    running.detach();
    await running.highlighter.disable();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
