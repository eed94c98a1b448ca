import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { compileMatcher, type Matcher } from '../../src/core/match/compileMatcher.ts';
import { Highlighter } from '../../src/content/highlighter.ts';
import { FramePacer } from '../../src/core/page/framePacer.ts';
import { textNodes } from './helpers/textNodes.ts';

let matcher: Matcher;
beforeAll(() => {
  matcher = compileMatcher(bundledDataset);
});

const running: Highlighter[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((h) => h.disable()));
});

function highlighter(): Highlighter {
  const h = new Highlighter({ matcher, root: document.body, settleMs: 10 });
  running.push(h);
  return h;
}

async function highlight(html: string): Promise<Highlighter> {
  await Promise.all(running.splice(0).map((h) => h.disable()));
  document.body.innerHTML = html;
  const h = highlighter();
  await h.enable();
  await h.flush();
  return h;
}

/** Every text node is the page's own object, where it was, with its own text: none replaced, merged or added. */
function expectSameTextNodes(before: Text[], data: string[]): void {
  expect(textNodes()).toEqual(before);
  before.forEach((node, i) => {
    expect(node.isConnected).toBe(true);
    expect(node.data).toBe(data[i]);
  });
  expect(textNodes().every((n, i) => n === before[i])).toBe(true);
}

const marks = (selector = 'mark[data-sm-kind]') =>
  [...document.querySelectorAll<HTMLElement>(selector)].map((m) => [
    m.dataset.smKind,
    m.dataset.smId,
    m.textContent,
    m.dataset.smVerdict ?? null,
  ]);

const STORY = '<p>OpenAI said Sam Altman was out; Ilya Sutskever later said he regretted it.</p>';

describe('Highlighter on a page about the story', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('marks names through the DOM contract', async () => {
    await highlight(STORY);
    expect(marks()).toEqual([
      ['entity', 'openai', 'OpenAI', null],
      ['entity', 'sam-altman', 'Sam Altman', null],
      ['entity', 'ilya-sutskever', 'Ilya Sutskever', null],
      ['claim', 'sutskever-regret', 'regretted', 'agrees'],
    ]);
  });

  it('marks a name split by a link as one entity, and the link still works', async () => {
    await highlight(
      `${STORY}<p>The board removed Sam <a href="/people/altman" id="link">Altman</a> on Friday.</p>`,
    );
    const altman = [...document.querySelectorAll<HTMLElement>('p:nth-of-type(2) mark')];
    expect(altman.map((m) => [m.dataset.smId, m.textContent])).toEqual([
      ['sam-altman', 'Sam '],
      ['sam-altman', 'Altman'],
    ]);
    const link = document.getElementById('link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/people/altman');
    expect(link.textContent).toBe('Altman');
    expect(link.querySelector('mark')).not.toBeNull();
  });

  it('marks figure claims with their verdict', async () => {
    await highlight(
      `${STORY}<p>By Monday, 738 out of OpenAI's around 770 employees had signed the letter.</p>`,
    );
    expect(marks('mark[data-sm-kind="claim"]')).toEqual([
      ['claim', 'sutskever-regret', 'regretted', 'agrees'],
      ['claim', 'staff-letter-signatories', '738', 'differs'],
      ['claim', 'openai-headcount', 'around 770', 'agrees'],
    ]);
  });

  it('leaves code, editors, form fields and scripts alone', async () => {
    const untouched = `<pre>Sam Altman</pre><code>OpenAI</code><textarea>Sam Altman</textarea>
      <div contenteditable="true">Sam Altman and OpenAI</div><input value="Sam Altman">
      <select><option>OpenAI</option></select><script>var name = "Sam Altman";</script>
      <style>.openai { color: red }</style><div data-sourcemark-ui>Sam Altman</div>`;
    await highlight(STORY + untouched);
    expect(
      document.querySelectorAll(
        'pre mark, code mark, textarea mark, [contenteditable] mark, select mark, script mark, [data-sourcemark-ui] mark',
      ),
    ).toHaveLength(0);
    expect(marks()).toHaveLength(4);
  });

  it('restores the exact HTML when turned off, and highlights again when turned on', async () => {
    const html = `<article><h1>Altman is back</h1>${STORY}<p>Greg <b>Brockman</b> quit.  Microsoft   hired him.</p></article>`;
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const nodes = textNodes();
    const data = nodes.map((n) => n.data);
    const h = highlighter();
    await h.enable();
    await h.flush();
    expect(document.body.innerHTML).not.toBe(before);
    await h.disable();
    expect(document.body.innerHTML).toBe(before);
    expectSameTextNodes(nodes, data);
    await h.enable();
    expect(marks().length).toBeGreaterThan(3);
  });

  it('keeps the page’s own text nodes when a match starts at a node’s first character or spans adjacent nodes', async () => {
    // As a framework renders text: several adjacent text nodes in one element, each held by reference.
    const p = document.createElement('p');
    for (const part of ['Sam Altman', ' was removed by the board of ', 'Open', 'AI', '; Greg Brockman quit.'])
      p.append(document.createTextNode(part));
    document.body.replaceChildren(p);
    const nodes = textNodes();
    const data = nodes.map((n) => n.data);
    const h = highlighter();
    await h.enable();
    await h.flush();
    expect(marks().map((m) => m[1])).toEqual(
      expect.arrayContaining(['sam-altman', 'openai', 'greg-brockman']),
    );
    await h.disable();
    expect(p.childNodes).toHaveLength(5);
    expectSameTextNodes(nodes, data);
  });

  it('follows content added later, without marking its own marks twice', async () => {
    const h = await highlight(STORY);
    const update = document.createElement('p');
    update.textContent = 'Update: Emmett Shear has been named interim CEO of OpenAI.';
    document.body.append(update);
    await new Promise((r) => setTimeout(r, 30));
    await h.flush();
    expect(marks().map((m) => m[1])).toContain('emmett-shear');
    // A claim mark may hold a name's mark ("named Emmett Shear interim CEO"); nothing is marked twice.
    expect(document.querySelectorAll('mark[data-sm-kind="entity"] mark')).toHaveLength(0);
    expect(document.querySelectorAll('mark[data-sm-kind="claim"] mark[data-sm-kind="claim"]')).toHaveLength(
      0,
    );
    expect(document.querySelectorAll('mark[data-sm-id="emmett-shear"]')).toHaveLength(1);
    expect(document.querySelectorAll('mark[data-sm-id="sam-altman"]')).toHaveLength(1);
  });

  it('reads what the page adds while its first pass is still running', async () => {
    document.body.innerHTML = `<main id="feed">${STORY.repeat(60)}</main>`;
    // A tiny budget: the pass yields after every few blocks, and the page adds an update meanwhile.
    const h = new Highlighter({ matcher, root: document.body, settleMs: 10, budgetMs: 1 });
    running.push(h);
    const update = document.createElement('p');
    update.textContent = 'Update: Bret Taylor will chair the new board.';
    const timer = setTimeout(() => document.getElementById('feed')!.prepend(update), 0);
    await h.enable();
    clearTimeout(timer);
    expect(update.isConnected).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    await h.flush();
    expect(update.querySelector('mark[data-sm-id="bret-taylor"]')).not.toBeNull();
  });

  it('reads updates that arrive while statements are still queued, and marks them as a fresh pass would', async () => {
    document.body.innerHTML = `<main id="feed">${STORY.repeat(20)}</main>`;
    let added = false;
    // A tiny budget: the update pass yields between its entries, as phase 2 waits with the feed queued.
    const h = new Highlighter({
      matcher,
      root: document.body,
      settleMs: 10,
      budgetMs: 1,
      onChange: () => {
        if (added) return;
        added = true;
        const feed = document.getElementById('feed')!;
        for (let i = 0; i < 10; i++) {
          const entry = document.createElement('article');
          entry.innerHTML = `<p>Update ${i}: Sam Altman and OpenAI confirm the deal, and Ilya Sutskever said he regretted it.</p>`;
          feed.prepend(entry);
        }
        // An entry already read changes too: its queued reading is out of date.
        feed.querySelector('main > p')!.append(' Mira Murati said so too.');
      },
    });
    running.push(h);
    await h.enable();
    await new Promise((r) => setTimeout(r, 30));
    await h.flush();
    const updated = marks();
    // Every update read, the changed entry read again, and statements among the marks.
    expect(updated.filter((m) => m[1] === 'sam-altman')).toHaveLength(20 + 10);
    expect(updated.filter((m) => m[1] === 'mira-murati')).toHaveLength(1);
    expect(updated.some((m) => m[0] === 'claim')).toBe(true);
    await h.disable();
    const fresh = await highlight(document.body.innerHTML);
    expect(fresh.isEnabled).toBe(true);
    expect(updated).toEqual(marks());
  }, 20_000);

  it('reads only the entry a live page adds, not the whole feed again', async () => {
    const h = await highlight(`<main id="feed">${STORY.repeat(200)}</main>`);
    const before = h.blockCount;
    const update = document.createElement('article');
    // Names the page already names in full, so what the page is about does not change (that would read it all).
    update.innerHTML = '<h2>12:04</h2><p>Update: Sam Altman is back at OpenAI.</p>';
    document.getElementById('feed')!.prepend(update);
    await new Promise((r) => setTimeout(r, 30));
    await h.flush();
    expect(update.querySelector('mark[data-sm-id="sam-altman"]')).not.toBeNull();
    // The entry's two blocks, and the blocks after it that read it as one of the short blocks before them
    // (a table's caption reaches over its rows: src/core/page/blockLead.ts), not the whole feed.
    expect(h.blockCount - before).toBeLessThanOrEqual(2 + 24);
  });

  // Two thousand paragraphs in jsdom: the time limit is for a loaded machine, not a speed claim.
  it('writes a long page in chunks and lets the browser render each before the next', async () => {
    const requestFrame = window.requestAnimationFrame.bind(window);
    const markedAtEachFrame: number[] = [];
    document.body.innerHTML = STORY + '<p>Sam Altman spoke to OpenAI staff on Monday.</p>'.repeat(2000);
    const pageElements = document.body.getElementsByTagName('*').length;
    const spy = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => {
      markedAtEachFrame.push(
        new Set([...document.querySelectorAll('mark[data-sm-kind]')].map((m) => m.closest('p'))).size,
      );
      return requestFrame(cb);
    });
    try {
      // A time budget jsdom never reaches: only the pacer's block count ends a chunk.
      const h = new Highlighter({ matcher, root: document.body, budgetMs: 60_000 });
      running.push(h);
      await h.enable();
    } finally {
      spy.mockRestore();
    }
    expect(document.querySelectorAll('mark[data-sm-id="sam-altman"]')).toHaveLength(2001);
    // The first chunk is the pacer's first size, sized from the page (about 400 blocks here, so 2,000 blocks
    // take at least three chunks even if each doubles), and a frame follows each chunk but the last;
    // jsdom renders nothing, so each cheap frame lets the next chunk at most double.
    expect(markedAtEachFrame[0]).toBe(new FramePacer({ pageElements }).blocksPerFrame);
    expect(markedAtEachFrame.length).toBeGreaterThanOrEqual(2);
    const chunks = markedAtEachFrame.map((n, i) => n - (markedAtEachFrame[i - 1] ?? 0));
    chunks.slice(1).forEach((size, i) => expect(size).toBeLessThanOrEqual(2 * chunks[i]!));
  }, 30_000);

  it('counts a surname only once the page is about the story', async () => {
    await highlight('<p>Altman spoke. Scott agreed.</p>');
    expect(marks()).toEqual([]);
    await highlight('<p>OpenAI confirmed that Altman spoke. Scott agreed.</p>');
    expect(marks().map((m) => m[1])).toEqual(['openai', 'sam-altman']);
    await highlight(
      '<p>OpenAI confirmed that Altman spoke. Microsoft CTO Kevin Scott agreed, and Scott said so again.</p>',
    );
    expect(marks().map((m) => m[1])).toEqual([
      'openai',
      'sam-altman',
      'microsoft',
      'kevin-scott',
      'kevin-scott',
    ]);
  });
});

describe('Highlighter on pages that are not about the story', () => {
  it.each([
    ['a games page', '<p>Microsoft sold more Xbox consoles than Google sold phones, said Kevin Scott.</p>'],
    ['a football report', '<p>Kevin Scott scored twice; Taylor and Summers watched from the bench.</p>'],
    ['an engineering page', '<p>Shear stress in the beam rose by 40%, about 500 units, said Taylor.</p>'],
  ])('leaves %s untouched', async (_, html) => {
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const nodes = textNodes();
    const h = highlighter();
    await h.enable();
    await h.flush();
    expect(document.body.innerHTML).toBe(before);
    expect(textNodes()).toEqual(nodes);
    expect(h.pageRelevance.relevant).toBe(false);
  });
});
