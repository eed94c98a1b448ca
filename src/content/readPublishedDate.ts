/**
 * When the page says it was published, as YYYY-MM-DD (or YYYY-MM): the day
 * its dates without a year ("on 22 November") and its "now", "today" and ages
 * are read against, so a figure is compared with reports of its own period
 * (src/core/claims/figurePeriod.ts). Read from the page's own markup, most
 * explicit first: article metadata, JSON-LD, then the first machine-readable
 * date in its header or byline. Never throws; a page that says nothing, or
 * nothing readable, gives undefined.
 */
export function readPublishedDate(doc: Document): string | undefined {
  for (const read of [fromMeta, fromJsonLd, fromByline]) {
    try {
      const date = read(doc);
      if (date) return date;
    } catch {
      // Malformed markup or metadata: try the next place.
    }
  }
  return undefined;
}

/** Metadata that names the publication date (Open Graph's article tags, schema.org microdata, common CMS tags). */
const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="dc.date.issued" i]',
  'meta[name="date"]',
].join(',');

function fromMeta(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll(META)) {
    const date = toDate(el.getAttribute('content'));
    if (date) return date;
  }
  // Microdata on a visible element: <time itemprop="datePublished" datetime="…">, <span itemprop="datePublished" content="…">.
  for (const el of doc.querySelectorAll('[itemprop~="datePublished"]')) {
    const date = toDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent);
    if (date) return date;
  }
  return undefined;
}

function fromJsonLd(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const date = toDate(findJsonLdDate(data, 'datePublished', 0));
    if (date) return date;
  }
  return undefined;
}

/** The first `field` (datePublished, dateModified) in a JSON-LD value (an object, a list, or a `@graph`), not too deep. */
function findJsonLdDate(value: unknown, field: string, depth: number): string | undefined {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findJsonLdDate(item, field, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = value as Record<string, unknown>;
  if (typeof record[field] === 'string') return record[field];
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'article']) {
    const found = findJsonLdDate(record[key], field, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * When a page that gives no publication date says it was last updated (an
 * encyclopedia page, a company profile): when its present tense holds ("now
 * employs", an age), but not the year of its narrative's dates, which were
 * written long before ("on 22 November" on a page edited two years on is
 * 2023's). For pages readPublishedDate finds no date on; undefined when it
 * says no update either.
 */
export function readUpdatedDate(doc: Document): string | undefined {
  try {
    return fromModified(doc);
  } catch {
    return undefined;
  }
}

/** Metadata and markup that say when the page was last changed. */
const MODIFIED = [
  'meta[property="article:modified_time"]',
  'meta[name="article:modified_time"]',
  'meta[property="og:updated_time"]',
  'meta[itemprop="dateModified"]',
  'meta[name="dcterms.modified" i]',
  'meta[name="last-modified" i]',
  '[itemprop~="dateModified"]',
].join(',');
/** A printed "updated" or "last edited" line: short, so a story sentence about an update is not one. */
const UPDATED_LINE = /updated|modified|edited|revised/i;
const UPDATED_LINE_LENGTH = 80;

function fromModified(doc: Document): string | undefined {
  for (const el of doc.querySelectorAll(MODIFIED)) {
    const date = toDate(el.getAttribute('content') ?? el.getAttribute('datetime'));
    if (date) return date;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      const date = toDate(findJsonLdDate(JSON.parse(script.textContent ?? ''), 'dateModified', 0));
      if (date) return date;
    } catch {
      // Broken JSON-LD: the printed line may still say.
    }
  }
  let read = 0;
  for (const time of doc.querySelectorAll('time[datetime]')) {
    if (++read > TIMES_READ) break;
    const line = time.parentElement;
    const text = line?.textContent ?? '';
    if (!line || text.length > UPDATED_LINE_LENGTH) continue;
    if (!UPDATED_LINE.test(`${line.getAttribute('class') ?? ''} ${text}`)) continue;
    const date = toDate(time.getAttribute('datetime'));
    if (date) return date;
  }
  return undefined;
}

/** Where a page prints its date: the header, the byline, a dateline or meta line. */
const BYLINE =
  /(?:^|[-_\s])by(?:line)?(?:$|[-_\s])|byline|dateline|date|meta|author|credit|info|posted|publish/i;
/** How far up from a `<time>` its byline may be. */
const BYLINE_REACH = 4;
/** Only the first few dates: a byline comes before the article's own dates. */
const TIMES_READ = 20;

function fromByline(doc: Document): string | undefined {
  let read = 0;
  for (const time of doc.querySelectorAll('time[datetime]')) {
    if (++read > TIMES_READ) break;
    if (!inByline(time)) continue;
    const date = toDate(time.getAttribute('datetime'));
    if (date) return date;
  }
  return undefined;
}

function inByline(time: Element): boolean {
  if (time.hasAttribute('pubdate') || BYLINE.test(time.getAttribute('class') ?? '')) return true;
  let el: Element | null = time.parentElement;
  for (let up = 0; el && up < BYLINE_REACH; up++, el = el.parentElement) {
    if (el.localName === 'header' || el.localName === 'address') return true;
    if (BYLINE.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return true;
  }
  return false;
}

const ISO_DATE = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?/;
/** Years a news page can be from: anything else is a placeholder or a typo ("0001-01-01"). */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;
const plausibleYear = (year: number) => year >= FIRST_YEAR && year <= LAST_YEAR;

/** A machine-readable date as YYYY-MM-DD (or YYYY-MM); undefined when it is not one. */
function toDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const [, year, month, day] = iso;
    if (!plausibleYear(Number(year)) || Number(month) < 1 || Number(month) > 12) return undefined;
    if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return undefined;
    return day === undefined ? `${year}-${month}` : `${year}-${month}-${day}`;
  }
  // Metadata sometimes carries a written date ("Mon, 20 Nov 2023 10:00:00 GMT"): the platform reads those.
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime()) || !/\d{4}/.test(value) || !plausibleYear(parsed.getFullYear()))
    return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}
