import type { ContentClaim, Fact } from '../dataset/schema.ts';
import type { Verdict } from './verdict.ts';

export interface StatementVerdict {
  verdict: Verdict;
  /** The fact the page states (a fact id of the claim). */
  fact: string;
  /** The distinct versions the dataset records, each with its sources. */
  versions: Array<{ version: string; sources: string[] }>;
  /** Sources whose standing reports state only facts that cannot be true with the page's. */
  differingSources: string[];
  overturned: boolean;
}

function compatible(a: Fact | undefined, b: Fact | undefined): boolean {
  if (!a || !b) return false;
  return a.id === b.id || !!a.compatibleWith?.includes(b.id) || !!b.compatibleWith?.includes(a.id);
}

/**
 * What the dataset says of the fact the page states: `overturned` when later
 * reporting reversed that fact; `differs` when a report that stands (was not
 * itself overturned) states only facts incompatible with it; else `agrees`.
 * Different words for one fact agree.
 */
export function statementVerdict(claim: ContentClaim, factId: string): StatementVerdict {
  const facts = new Map(claim.facts?.map((f) => [f.id, f]));
  const fact = facts.get(factId);
  const byVersion = new Map<string, string[]>();
  const differingSources: string[] = [];
  for (const report of claim.reports) {
    if (report.version !== undefined)
      byVersion.set(report.version, [...(byVersion.get(report.version) ?? []), report.source]);
    if (report.overturned || !report.facts) continue;
    if (!report.facts.some((id) => compatible(fact, facts.get(id)))) differingSources.push(report.source);
  }
  const overturned = !!fact?.overturned;
  return {
    verdict: overturned ? 'overturned' : differingSources.length ? 'differs' : 'agrees',
    fact: factId,
    versions: [...byVersion].map(([version, sources]) => ({ version, sources })),
    differingSources,
    overturned,
  };
}
