import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { compileMatcher, type Matcher } from '../../src/core/match/compileMatcher.ts';
import { Highlighter } from '../../src/content/highlighter.ts';
import { CLOSE_DELAY_MS, HoverCards, OPEN_DELAY_MS } from '../../src/content/card/hoverCards.ts';
import { cardModelFor } from '../../src/core/cards/cardModels.ts';
import { renderCard } from '../../src/content/card/renderCard.tsx';
import { bringIntoView } from '../../src/content/revealHighlight.ts';

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
  function render(id: string) {
    const highlight = [...document.querySelectorAll('mark')]
      .map((m) => running!.highlighter.highlightFor(m))
      .find((h) => h?.id === id)!;
    const card = document.createElement('div');
    renderCard(card, cardModelFor(bundledDataset, highlight)!, 't');
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

  it('lays out every report of a figure, oldest first, marking the ones that differ', async () => {
    running = await setUp();
    const card = render('staff-letter-signatories');
    expect(card.querySelector('.page')!.textContent).toMatch(/This page: 738 · \d+ of \d+ reports differ/);
    const rows = [...card.querySelectorAll('li.row')];
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const swisher = rows.find((r) => r.textContent.includes('citing Kara Swisher'))!;
    expect(swisher.querySelector('.wording')!.textContent).toBe('505');
    expect(swisher.getAttribute('data-overlaps')).toBe('false');
    const organisers = rows.find((r) => r.querySelector('.wording')!.textContent === 'more than 700')!;
    expect(organisers.getAttribute('data-overlaps')).toBe('true');
    // Ranges are drawn on one axis.
    expect(organisers.querySelector<HTMLElement>('.track .bar')!.style.left).toMatch(/%$/);
  });

  it('shows a statement that later reporting overturned', async () => {
    running = await setUp();
    const card = render('altman-joins-microsoft');
    expect(card.querySelector('.reversal')!.textContent).toMatch(/Later reporting \(21 Nov 2023\)/);
    expect(card.querySelectorAll('.versions li').length).toBeGreaterThan(3);
  });

  it('sets dataset and page text as text, never as HTML', async () => {
    running = await setUp(
      "<p>OpenAI fired Sam Altman; &lt;img src=x onerror=alert(1)&gt; 738 out of OpenAI's 770 employees signed the letter.</p>",
    );
    const card = render('staff-letter-signatories');
    expect(card.querySelector('img')).toBeNull();
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

  it('closes a card whose mark a later pass replaced', async () => {
    running = await setUp();
    running.cards.open(mark('sam-altman'));
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
