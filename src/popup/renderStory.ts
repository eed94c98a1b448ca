import { formatDate } from '../core/text/formatDate.ts';
import type { Dataset } from '../core/dataset/schema.ts';
import { el } from '../ui/el.ts';

/** The timeline with its sources, the statements later reporting overturned, the people, and the sources. */
export function renderStory(container: HTMLElement, dataset: Dataset): void {
  const outlet = new Map(dataset.sources.map((s) => [s.id, s.outlet]));
  const events = [...dataset.events].sort((a, b) => a.date.localeCompare(b.date));
  const overturned = dataset.claims.filter((c) => c.reversal);
  const people = dataset.entities
    .filter((e) => e.kind === 'person')
    .sort((a, b) => b.sources.length - a.sources.length);
  const reported = new Map<string, number>();
  for (const c of dataset.claims)
    for (const r of c.reports) reported.set(r.source, (reported.get(r.source) ?? 0) + 1);

  container.replaceChildren(
    el('h2', {}, 'Timeline'),
    el(
      'ol',
      { class: 'list timeline' },
      ...events.map((e) =>
        el(
          'li',
          {},
          el(
            'div',
            { class: 'item' },
            el('span', {}, el('time', { datetime: e.date }, formatDate(e.date)), el('b', {}, e.title)),
            el(
              'span',
              { class: 'detail' },
              `${e.summary} — ${e.sources.map((s) => outlet.get(s) ?? s).join('; ')}`,
            ),
          ),
        ),
      ),
    ),
    el('h2', {}, 'Overturned by later reporting'),
    el(
      'ul',
      { class: 'list' },
      ...overturned.map((c) =>
        el(
          'li',
          {},
          el(
            'div',
            { class: 'item' },
            el('b', {}, c.title),
            el('span', { class: 'detail' }, `${formatDate(c.reversal!.date)}: ${c.reversal!.summary}`),
          ),
        ),
      ),
    ),
    el('h2', {}, 'People'),
    el(
      'ul',
      { class: 'list' },
      ...people.map((p) =>
        el(
          'li',
          {},
          el(
            'div',
            { class: 'item' },
            el('b', {}, p.name),
            el('span', { class: 'count' }, `${p.sources.length} sources`),
            el('span', { class: 'detail' }, p.role),
          ),
        ),
      ),
    ),
    el('h2', {}, 'Sources'),
    el(
      'ul',
      { class: 'list' },
      ...dataset.sources.map((s) =>
        el(
          'li',
          {},
          el(
            'div',
            { class: 'item' },
            el('b', {}, s.outlet),
            el('span', { class: 'count' }, `${reported.get(s.id) ?? 0} reports`),
            el(
              'span',
              { class: 'detail' },
              [s.date && formatDate(s.date), s.title, s.cites.length ? `cites ${s.cites.join(', ')}` : '']
                .filter(Boolean)
                .join(' · '),
            ),
          ),
        ),
      ),
    ),
  );
}
