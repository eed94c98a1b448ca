import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { selectedBrowsers, sendToTab } from './harness/browsers.ts';
import { useExtension } from './harness/extensionSuite.ts';
import type { PageStatus } from '../../src/messages.ts';
import type { FixtureGlobals } from './harness/pageGlobals.ts';

type MarkInfo = [
  kind: string | undefined,
  id: string | undefined,
  text: string | null,
  verdict: string | null,
];
const marksIn = (page: Page, selector = 'mark[data-sm-kind]') =>
  page.$$eval(selector, (marks) =>
    marks.map(
      (m) =>
        [
          (m as HTMLElement).dataset.smKind,
          (m as HTMLElement).dataset.smId,
          m.textContent,
          (m as HTMLElement).dataset.smVerdict ?? null,
        ] as MarkInfo,
    ),
  );

describe.each(selectedBrowsers())('highlighting in %s', (name) => {
  const suite = useExtension(name);
  const open = (path: string) => suite.open(path);

  it('marks names, figures and claims on a news article', async () => {
    const { page, status } = await open('article-board-crisis.html');
    expect(status.relevant).toBe(true);
    const marks = await marksIn(page);
    const ids = new Set(marks.map((m) => m[1]));
    for (const id of [
      'openai',
      'sam-altman',
      'greg-brockman',
      'microsoft',
      'satya-nadella',
      'ilya-sutskever',
      'emmett-shear',
      'twitch',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(marks).toContainEqual(['claim', 'staff-letter-signatories', '738', 'differs']);
    expect(marks).toContainEqual(['claim', 'openai-headcount', 'roughly 770', 'agrees']);
    expect(marks).toContainEqual(['claim', 'firing-reason', 'not been consistently candid', 'agrees']);
    // "Greg" is inside a link, "Brockman" outside it: one entity, two marks, and the link is intact.
    expect(
      await page.$eval('a[href="/topics/greg-brockman"]', (a) => [
        a.textContent,
        a.querySelector('mark')?.dataset.smId,
      ]),
    ).toEqual(['Greg', 'greg-brockman']);
    // Nothing in the comment form, the ads or the byline.
    expect(await page.$$('textarea mark, .ad mark, .byline mark')).toHaveLength(0);
    await page.close();
  });

  it('reads a figure with the block after it and with the date the page was published, as the eval does', async () => {
    // A table of figures whose meaning is in the next cell: "1.3%" is Microsoft's share move only
    // because of "Microsoft's gain on Nov. 22" beside it.
    const { page: table } = await open('eval/14-newsletter.html');
    expect(await marksIn(table)).toContainEqual(['claim', 'microsoft-share-move', '1.3%', 'differs']);
    // A 2026 page: "roughly 27%" is the stake after the 2025 restructuring, which agrees with the
    // reports of that period (read without the page's date, it would be set against 2023's 49%).
    const { page: later } = await open('eval/20-markets.html');
    expect(await marksIn(later)).toContainEqual(['claim', 'microsoft-investment', 'roughly 27%', 'agrees']);
    // What the reader sees: the marks are shown, and their text is in the page's visible text.
    for (const [page, id, text] of [
      [table, 'microsoft-share-move', '1.3%'],
      [later, 'microsoft-investment', 'roughly 27%'],
    ] as const) {
      const shown = await page.$$eval(
        `mark[data-sm-id="${id}"]`,
        (marks, text) => {
          const mark = marks.find((m) => m.textContent === text);
          mark?.scrollIntoView();
          return !!mark?.checkVisibility() && document.body.innerText.includes(text);
        },
        text,
      );
      expect(shown, id).toBe(true);
      await page.close();
    }
  });

  it('follows a live blog: later updates, more comments, shadow DOM, and leaves editors and iframes alone', async () => {
    const { page, status } = await open('live-blog.html');
    expect(status.relevant).toBe(true);
    await page.waitForFunction(() => (window as FixtureGlobals).updateArrived === true);
    await page.waitForFunction(
      () => document.querySelector('#feed article:first-child mark[data-sm-id="bret-taylor"]') !== null,
      { timeout: 10_000 },
    );
    expect(await marksIn(page, '#feed article:first-child mark')).toContainEqual([
      'claim',
      'altman-returns-as-ceo',
      'to return as CEO',
      'agrees',
    ]);

    await page.click('#more');
    await page.waitForFunction(
      () => document.querySelector('#comment-list mark[data-sm-id="greg-brockman"]') !== null,
      { timeout: 10_000 },
    );
    expect(await page.evaluate(() => (window as FixtureGlobals).clicks)).toBe(1);

    // The contenteditable reply box, the <pre> and the iframe are untouched.
    expect(await page.$eval('#reply', (el) => el.innerHTML)).toBe('Sam Altman should');
    expect(await page.$$('pre mark')).toHaveLength(0);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(await frame!.$$eval('mark', (m) => m.length)).toBe(0);

    // An open shadow root is read too.
    const shadowMarks = await page.$eval('pull-quote', (el) =>
      [...el.shadowRoot!.querySelectorAll('mark')].map((m) => m.dataset.smId),
    );
    expect(shadowMarks).toEqual(['satya-nadella', 'microsoft', 'sam-altman']);

    // …and its marks are drawn like all others, not with the browser's plain yellow <mark>.
    const drawn = await page.evaluate(() => {
      const style = (m: Element | null | undefined) => {
        const s = getComputedStyle(m!);
        return [s.backgroundColor, s.boxShadow];
      };
      const plain = document.createElement('mark');
      document.body.append(plain);
      const result = {
        document: style(document.querySelector('#feed mark[data-sm-kind="entity"]')),
        shadow: style(
          document.querySelector('pull-quote')!.shadowRoot!.querySelector('mark[data-sm-kind="entity"]'),
        ),
        plain: style(plain),
      };
      plain.remove();
      return result;
    });
    expect(drawn.shadow).toEqual(drawn.document);
    expect(drawn.document).not.toEqual(drawn.plain);
    expect(drawn.document[1]).not.toBe('none');
    await page.close();
  });

  it('restores the exact HTML when highlighting is turned off, and brings it back', async () => {
    const { page, url } = await open('live-blog.html');
    await page.waitForFunction(() => (window as FixtureGlobals).updateArrived === true);
    await sendToTab(suite.control, url, { type: 'page/get-status' });
    const highlighted = await page.$eval('#feed', (el) => el.innerHTML);
    expect(highlighted).toContain('data-sm-kind');

    const off = await sendToTab<PageStatus>(suite.control, url, { type: 'page/set-enabled', enabled: false });
    expect(off.enabled).toBe(false);
    expect(await page.$$('mark')).toHaveLength(0);
    // The feed as the page built it: its own first render plus the live update it added itself.
    const expected = await page.evaluate(() => {
      const t = document.createElement('template');
      t.innerHTML = (window as FixtureGlobals).initialFeed ?? '';
      return (document.querySelector('#feed article:first-child') as HTMLElement).outerHTML + t.innerHTML;
    });
    expect(await page.$eval('#feed', (el) => el.innerHTML)).toBe(expected);

    const on = await sendToTab<PageStatus>(suite.control, url, { type: 'page/set-enabled', enabled: true });
    expect(on.enabled).toBe(true);
    expect(await page.$$('mark[data-sm-kind]')).not.toHaveLength(0);
    await page.close();
  });

  it('leaves a page that is not about the story untouched', async () => {
    const { page, status } = await open('football-report.html');
    expect(status.relevant).toBe(false);
    expect(await page.$$('mark')).toHaveLength(0);
    await page.close();
  });

  it('handles a page of a million nodes and the page keeps working', async () => {
    const { page, status } = await open('huge-archive.html');
    expect(await page.evaluate(() => (window as FixtureGlobals).nodeCount)).toBeGreaterThan(1_000_000 / 17);
    expect(status.relevant).toBe(true);
    const counts = await page.evaluate(() => {
      const by: Record<string, number> = {};
      for (const m of document.querySelectorAll<HTMLElement>('mark[data-sm-kind]'))
        by[m.dataset.smId!] = (by[m.dataset.smId!] ?? 0) + 1;
      return by;
    });
    // "<em>Bret</em> <span>Taylor</span>" is one name over three text nodes: three marks.
    expect(counts).toEqual({ openai: 60, 'sam-altman': 60, 'altman-returns-as-ceo': 60, 'bret-taylor': 180 });
    await page.click('#ping');
    expect(await page.evaluate(() => (window as FixtureGlobals).pinged)).toBe(true);
    await page.close();
  }, 180_000);
});
