import type { SearchHit } from '../core/story/searchDataset.ts';
import { h } from '../ui/jsx.ts';

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
    ...hits.slice(0, 50).map((hit) => (
      <li data-kind={hit.kind}>
        <div class="item">
          <b>{hit.title}</b>
          <span class="count">{KIND[hit.kind]}</span>
          <span class="detail">{hit.detail}</span>
        </div>
      </li>
    )),
  );
}
