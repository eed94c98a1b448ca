import { formatDate } from '../core/text/formatDate.ts';
import type { PanelDataset } from '../core/dataset/schema.ts';
import { h } from '../ui/jsx.ts';

/** The timeline with its sources, the statements later reporting overturned, the people, and the sources. */
export function renderStory(container: HTMLElement, dataset: PanelDataset): void {
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
    <h2>Timeline</h2>,
    <ol class="list timeline">
      {events.map((e) => (
        <li>
          <div class="item">
            <span>
              <time datetime={e.date}>{formatDate(e.date)}</time>
              <b>{e.title}</b>
            </span>
            <span class="detail">{`${e.summary} — ${e.sources.map((s) => outlet.get(s) ?? s).join('; ')}`}</span>
          </div>
        </li>
      ))}
    </ol>,
    <h2>Overturned by later reporting</h2>,
    <ul class="list">
      {overturned.map((c) => (
        <li>
          <div class="item">
            <b>{c.title}</b>
            <span class="detail">{`${formatDate(c.reversal!.date)}: ${c.reversal!.summary}`}</span>
          </div>
        </li>
      ))}
    </ul>,
    <h2>People</h2>,
    <ul class="list">
      {people.map((p) => (
        <li>
          <div class="item">
            <b>{p.name}</b>
            <span class="count">{`${p.sources.length} sources`}</span>
            <span class="detail">{p.role}</span>
          </div>
        </li>
      ))}
    </ul>,
    <h2>Sources</h2>,
    <ul class="list">
      {dataset.sources.map((s) => (
        <li>
          <div class="item">
            <b>{s.outlet}</b>
            <span class="count">{`${reported.get(s.id) ?? 0} reports`}</span>
            <span class="detail">
              {[s.date && formatDate(s.date), s.title, s.cites.length ? `cites ${s.cites.join(', ')}` : '']
                .filter(Boolean)
                .join(' · ')}
            </span>
          </div>
        </li>
      ))}
    </ul>,
  );
}
