import type { PanelDataset } from '../dataset/schema.ts';

export interface SearchHit {
  kind: 'person' | 'organisation' | 'product' | 'event' | 'claim' | 'timeline' | 'source';
  id: string;
  title: string;
  detail: string;
}

/** Accents, case and apostrophes ignored: "dangelo" finds D'Angelo and D’Angelo. */
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['\u2018\u2019]/g, '')
    .toLowerCase();

/**
 * Every person, organisation, claim, timeline event and source whose words
 * contain all the words of `query` (accents, case and apostrophes ignored). Names rank
 * before claims, claims before events and sources.
 */
export function searchDataset(dataset: PanelDataset, query: string): SearchHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const matches = (...texts: Array<string | undefined>) => {
    const hay = fold(texts.filter(Boolean).join(' '));
    return words.every((w) => hay.includes(w));
  };
  const hits: SearchHit[] = [];
  for (const e of dataset.entities) {
    if (matches(e.name, ...e.aliases, ...e.contextAliases, e.role, e.description))
      hits.push({ kind: e.kind, id: e.id, title: e.name, detail: e.role });
  }
  for (const c of dataset.claims) {
    if (matches(c.title, c.question, ...c.reports.map((r) => r.version ?? r.summary)))
      hits.push({ kind: 'claim', id: c.id, title: c.title, detail: c.question });
  }
  for (const e of dataset.events) {
    if (matches(e.title, e.summary, e.date))
      hits.push({ kind: 'timeline', id: e.id, title: e.title, detail: e.date });
  }
  for (const s of dataset.sources) {
    if (matches(s.outlet, s.title, s.author, s.url))
      hits.push({ kind: 'source', id: s.id, title: s.outlet, detail: s.date ?? s.dateNote ?? '' });
  }
  return hits;
}
