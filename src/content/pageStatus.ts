import { strongestVerdict } from '../core/claims/verdict.ts';
import type { PageStatus } from '../messages.ts';
import type { Highlighter } from './highlighter.ts';

/** What the popup is told about this page: counts per entity and per claim, from the marks in place. */
export function pageStatus(highlighter: Highlighter, url: string): PageStatus {
  const entities = new Map<string, number>();
  const claims = new Map<string, PageStatus['claims'][number]>();
  for (const h of highlighter.highlights()) {
    if (h.kind === 'entity') {
      entities.set(h.id, (entities.get(h.id) ?? 0) + 1);
      continue;
    }
    const claim =
      claims.get(h.id) ??
      (h.claimKind === 'figure'
        ? {
            id: h.id,
            claimKind: 'figure' as const,
            verdict: h.verdict,
            wording: h.figure.wording,
            count: 0,
            range: { low: h.figure.low, high: h.figure.high, unit: h.figure.unit },
          }
        : { id: h.id, claimKind: 'statement' as const, verdict: h.verdict, wording: h.phrase, count: 0 });
    claim.count++;
    claim.verdict = strongestVerdict(claim.verdict, h.verdict);
    claims.set(h.id, claim);
  }
  const relevance = highlighter.pageRelevance;
  return {
    url,
    enabled: highlighter.isEnabled,
    relevant: relevance.relevant,
    reason: relevance.reason,
    blocksRead: highlighter.blockCount,
    entities: [...entities]
      .map(([id, count]) => ({ id, count }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    claims: [...claims.values()],
  };
}
