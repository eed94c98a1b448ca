import { describe, expect, it } from 'vitest';
import { readPublishedDate, readUpdatedDate } from '../../src/content/readPublishedDate.ts';

const page = (head: string, body: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><html><head><title>t</title>${head}</head><body>${body}</body></html>`,
    'text/html',
  );

const ARTICLE = `<article><h1>OpenAI board ousts Sam Altman</h1>
  <p>The board of OpenAI removed Sam Altman on Friday, <time datetime="2023-11-17">17 November</time>.</p></article>`;

describe('readPublishedDate', () => {
  it.each([
    [
      'Open Graph article metadata',
      '<meta property="article:published_time" content="2023-11-18T03:12:00Z">',
      ARTICLE,
      '2023-11-18',
    ],
    [
      'schema.org microdata in the head',
      '<meta itemprop="datePublished" content="2024-03-08">',
      ARTICLE,
      '2024-03-08',
    ],
    [
      'microdata on the byline',
      '',
      `<p class="by">By A. Writer · <time itemprop="datePublished" datetime="2025-12-27T09:00:00+01:00">27 Dec</time></p>${ARTICLE}`,
      '2025-12-27',
    ],
    [
      'JSON-LD in a @graph',
      `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"x","datePublished":"2026-02-04T10:15:00Z"}]}</script>`,
      ARTICLE,
      '2026-02-04',
    ],
    [
      'JSON-LD as a list',
      `<script type="application/ld+json">[{"@type":"Organization"},{"@type":"NewsArticle","datePublished":"2023-11-22"}]</script>`,
      ARTICLE,
      '2023-11-22',
    ],
    [
      'a dateline',
      '',
      `<article><h1>Headline</h1><p class="pw-dateline"><time datetime="2023-11-20T19:45:00Z">Monday</time> · Updated</p>${ARTICLE}</article>`,
      '2023-11-20',
    ],
    [
      'the site header of a newsletter',
      '',
      `<header><p>THE STACK</p><p>Issue #212 · <time datetime="2023-12-01">Friday, December 1, 2023</time></p></header>${ARTICLE}`,
      '2023-12-01',
    ],
    [
      'a byline whose class ends in "-by", the first of two dates',
      '',
      `<p class="ll-by">Anjali Rao · <time datetime="2023-11-20T22:00:00Z">Nov 20</time> · Updated <time datetime="2023-11-22">Nov 22</time></p>${ARTICLE}`,
      '2023-11-20',
    ],
    ['a month only', '<meta name="date" content="2023-11">', ARTICLE, '2023-11'],
    [
      'a written date in metadata',
      '<meta name="pubdate" content="Mon, 20 Nov 2023 10:00:00">',
      ARTICLE,
      '2023-11-20',
    ],
  ])('reads %s', (_, head, body, expected) => {
    expect(readPublishedDate(page(head, body))).toBe(expected);
  });

  it('prefers metadata to a date in the byline', () => {
    const doc = page(
      '<meta property="article:published_time" content="2023-11-21T09:14:00-05:00">',
      `<p class="byline">By Rosa Mendez · <time datetime="2023-11-22">Updated</time></p>${ARTICLE}`,
    );
    expect(readPublishedDate(doc)).toBe('2023-11-21');
  });

  it.each([
    ['no date at all', '', '<article><h1>Headline</h1><p>Text.</p></article>'],
    ['a date in the story text, not in its byline', '', ARTICLE],
    [
      'a story sentence about an update',
      '',
      '<article><p>The company updated its statement late on <time datetime="2023-11-19">Sunday</time>, after a long weekend of talks with investors.</p></article>',
    ],
    ['broken JSON-LD', '<script type="application/ld+json">{"datePublished": "2023-11-</script>', ARTICLE],
    ['JSON-LD that is not an object', '<script type="application/ld+json">"2023-11-20"</script>', ARTICLE],
    ['nonsense in the metadata', '<meta property="article:published_time" content="yesterday">', ARTICLE],
    ['an impossible month', '<meta property="article:published_time" content="2023-13-01">', ARTICLE],
    [
      'a placeholder date',
      '<meta property="article:published_time" content="0001-01-01T00:00:00Z">',
      ARTICLE,
    ],
    [
      'a deeply nested JSON-LD',
      `<script type="application/ld+json">${'{"@graph":['.repeat(50)}{"datePublished":"2023-11-20"}${']}'.repeat(50)}</script>`,
      ARTICLE,
    ],
  ])('gives nothing for %s, without throwing', (_, head, body) => {
    const doc = page(head, body);
    expect(readPublishedDate(doc)).toBeUndefined();
    expect(readUpdatedDate(doc)).toBeUndefined();
  });

  it.each([
    [
      'Open Graph modified time',
      '<meta property="article:modified_time" content="2024-04-02T08:00:00Z">',
      ARTICLE,
      '2024-04-02',
    ],
    [
      'JSON-LD dateModified',
      `<script type="application/ld+json">{"@type":"WebPage","dateModified":"2024-03-18"}</script>`,
      ARTICLE,
      '2024-03-18',
    ],
    [
      'a printed "last updated" line',
      '',
      `<p class="hero">OpenAI · Last updated <time datetime="2024-03-18">Mar 18, 2024</time></p>${ARTICLE}`,
      '2024-03-18',
    ],
  ])('reads when the page was updated, not as its publication: %s', (_, head, body, expected) => {
    const doc = page(head, body);
    expect(readPublishedDate(doc)).toBeUndefined();
    expect(readUpdatedDate(doc)).toBe(expected);
  });

  it('prefers the publication date to the update', () => {
    const doc = page(
      '<meta property="article:modified_time" content="2024-04-02"><meta property="article:published_time" content="2023-11-19">',
      ARTICLE,
    );
    expect(readPublishedDate(doc)).toBe('2023-11-19');
  });

  it('reads a document with no head or body', () => {
    const doc = document.implementation.createDocument(null, 'svg', null);
    expect(readPublishedDate(doc)).toBeUndefined();
  });
});
