import { describe, expect, it } from 'vitest';
import { selectedBrowsers } from './harness/browsers.ts';
import { useExtension } from './harness/extensionSuite.ts';
import { visibleMarks, visibleText } from './harness/visibleMarks.ts';

/*
 * Block roles are read from the page's markup (src/content/blockRole.ts): a quiz's options one per list
 * item, a fact box's "What happened:" rows, a footer's address. Only a real browser's layout shows what
 * the reader sees of them, so this is checked here as well as in jsdom.
 */
describe.each(selectedBrowsers())('block roles from the page’s markup, in %s', (name) => {
  const suite = useExtension(name);

  it('a quiz marks no option, keeps its answer and its fact box’s rows, and leaves the footer’s address alone', async () => {
    const { page, status } = await suite.open('news-quiz-glance.html');
    expect(status.relevant).toBe(true);
    // Statements are written in idle time after the first pass: wait for the fact box's last row.
    await page.waitForSelector('.glance li:nth-child(3) mark[data-sm-id="altman-joins-microsoft"]', {
      timeout: 20_000,
    });

    const marks = await visibleMarks(page);
    const text = await visibleText(page);
    for (const { text: marked } of marks) expect(text).toContain(marked);

    // The fact box's rows are headed by a question word and a colon: each states its answer.
    const glance = await page.$$eval('.glance li', (items) =>
      items.map((li) =>
        [...li.querySelectorAll('mark[data-sm-kind="claim"]')].map((m) => m.getAttribute('data-sm-id')),
      ),
    );
    expect(glance[0]).toContain('firing-reason');
    expect(glance[1]).toContain('brockman-exit');
    expect(glance[2]).toContain('altman-joins-microsoft');
    expect(marks.map((m) => m.id)).toEqual(
      expect.arrayContaining(['firing-reason', 'brockman-exit', 'altman-joins-microsoft']),
    );

    // The options are put to the reader, stated by no one: none is marked, though "More than 700" is a
    // signatory count in prose.
    expect(await page.$$('.options mark')).toHaveLength(0);
    const answer = await page.$$eval('.answer mark[data-sm-kind="claim"]', (ms) =>
      ms.map((m) => [m.getAttribute('data-sm-id'), m.textContent]),
    );
    expect(answer).toContainEqual(['staff-letter-signatories', 'More than 700']);
    expect(marks).toContainEqual({ id: 'staff-letter-signatories', text: 'More than 700' });

    // The footer's street number and phone are no figures.
    expect(await page.$$('footer mark')).toHaveLength(0);
    await page.close();
  });
});
