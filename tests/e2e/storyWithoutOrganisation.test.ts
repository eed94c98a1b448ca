import { describe, expect, it } from 'vitest';
import { selectedBrowsers } from './harness/browsers.ts';
import { useExtension } from './harness/extensionSuite.ts';
import { takeScreenshot } from './harness/screenshots.ts';
import { visibleMarks, visibleText } from './harness/visibleMarks.ts';

describe.each(selectedBrowsers())('a page about the story that never writes OpenAI, in %s', (name) => {
  const suite = useExtension(name);

  it('a discussion thread about the Microsoft hire gets its names highlighted and its cards', async () => {
    const { page, status } = await suite.open('thread-microsoft-hire.html');
    expect(await visibleText(page)).not.toMatch(/open\s*ai/i);
    expect(status).toMatchObject({
      relevant: true,
      reason: 'The page names Sam Altman, Greg Brockman and Ilya Sutskever.',
    });
    expect(status.blocksRead).toBeGreaterThan(0);

    const marks = await visibleMarks(page);
    const seen = new Set(marks.map((m) => m.id));
    for (const id of [
      'sam-altman',
      'greg-brockman',
      'satya-nadella',
      'ilya-sutskever',
      'emmett-shear',
      'microsoft',
    ])
      expect(seen, id).toContain(id);
    const text = await visibleText(page);
    for (const { text: marked } of marks) expect(text).toContain(marked);
    // The comments' first names and "MSFT" count once the page is about the story.
    expect(marks).toContainEqual({ id: 'greg-brockman', text: 'Greg' });
    expect(marks).toContainEqual({ id: 'microsoft', text: 'MSFT' });
    // A name split by a link is one name: "Sam" in the link, "Altman" after it; the link keeps its text.
    expect(
      await page.$eval('a[href="/user?id=sama"]', (a) => [
        a.textContent,
        a.querySelector('mark')?.dataset.smId,
      ]),
    ).toEqual(['Sam', 'sam-altman']);
    // Nothing in the navigation, the draft reply or the search box.
    expect(await page.$$('header mark, textarea mark, footer mark')).toHaveLength(0);

    // Hovering a name opens its card, drawn where the reader can see it.
    await page.hover('a[href="/user?id=gdb"] mark[data-sm-id="greg-brockman"]');
    await page.waitForFunction(
      () => {
        const card = document
          .querySelector('sourcemark-card')
          ?.shadowRoot?.querySelector<HTMLElement>('.card');
        return !!card && card.checkVisibility({ checkVisibilityCSS: true });
      },
      { timeout: 5_000 },
    );
    const card = await page.evaluate(() => {
      const el = document.querySelector('sourcemark-card')!.shadowRoot!.querySelector<HTMLElement>('.card')!;
      const r = el.getBoundingClientRect();
      return { text: el.innerText, width: r.width, height: r.height };
    });
    expect(card.text).toContain('Greg Brockman');
    expect(card.width).toBeGreaterThan(0);
    expect(card.height).toBeGreaterThan(0);
    // For a person to look at: tests/artifacts/thread-without-organisation-BROWSER.png.
    await new Promise((r) => setTimeout(r, 400));
    await takeScreenshot(page, name, 'thread-without-organisation', 'light', {}, { forDocs: false });
    await page.close();
  });

  it('a page that names one person of the story, on another subject, stays unmarked and the engine never comes', async () => {
    const { page, status } = await suite.open('brief-worldcoin.html');
    expect(await visibleText(page)).toContain('Sam Altman');
    expect(status).toMatchObject({
      relevant: false,
      blocksRead: 0,
      reason:
        'The page names one of the people at the centre of the story but neither OpenAI nor another of the people or events of the story.',
    });
    expect(await page.$$('mark')).toHaveLength(0);
    await page.close();
  });
});
