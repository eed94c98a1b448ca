import type { SearchHit } from '../core/story/searchDataset.ts';
import { el } from '../ui/el.ts';

const KIND: Record<SearchHit['kind'], string> = {
  person: 'Person',
  organisation: 'Organisation',
  product: 'Product',
  event: 'Event',
  claim: 'Claim',
  timeline: 'Timeline',
  source: 'Source',
};

export function renderSearch(list: HTMLElement, count: HTMLElement, query: string, hits: SearchHit[]): void {
  count.textContent = query.trim() ? `${hits.length} ${hits.length === 1 ? 'result' : 'results'}` : '';
  list.replaceChildren(
    ...hits
      .slice(0, 50)
      .map((h) =>
        el(
          'li',
          { 'data-kind': h.kind },
          el(
            'div',
            { class: 'item' },
            el('b', {}, h.title),
            el('span', { class: 'count' }, KIND[h.kind]),
            el('span', { class: 'detail' }, h.detail),
          ),
        ),
      ),
  );
}
