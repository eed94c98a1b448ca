import type { Page } from 'puppeteer-core';

/** The marks a reader sees: drawn, with a highlight colour, and what the pointer hits at their centre. */
export const visibleMarks = (page: Page) =>
  page.$$eval('mark[data-sm-kind]', (marks) =>
    marks.flatMap((el) => {
      const r = el.getBoundingClientRect();
      el.scrollIntoView({ block: 'center' });
      // A mark that wraps onto two lines has its bounding box's centre between them: hit its first line.
      const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      const drawn =
        el.checkVisibility({ checkVisibilityCSS: true }) &&
        r.width > 0 &&
        r.height > 0 &&
        getComputedStyle(el).backgroundColor !== 'rgba(0, 0, 0, 0)' &&
        !!hit &&
        (hit === el || el.contains(hit));
      return drawn ? [{ id: el.dataset.smId!, text: el.textContent.replace(/\s+/g, ' ') }] : [];
    }),
  );

/** The page's visible text, as a reader would copy it. */
export const visibleText = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
