import type { ContentClaim } from '../dataset/schema.ts';
import type { Verdict } from './figureVerdict.ts';

export interface StatementVerdict {
  verdict: Verdict;
  /** The distinct versions the dataset records, each with its sources. */
  versions: Array<{ version: string; sources: string[] }>;
  overturned: boolean;
}

/** `differs` when sources give more than one version, or later reporting overturned it. */
export function statementVerdict(claim: ContentClaim): StatementVerdict {
  const byVersion = new Map<string, string[]>();
  for (const report of claim.reports) {
    const version = report.version;
    // The dataset requires a version on every statement report (checkIntegrity); one without takes no side.
    if (version === undefined) continue;
    byVersion.set(version, [...(byVersion.get(version) ?? []), report.source]);
  }
  const overturned = !!claim.reversal || claim.reports.some((r) => r.overturned);
  const versions = [...byVersion].map(([version, sources]) => ({ version, sources }));
  return { verdict: overturned || versions.length > 1 ? 'differs' : 'agrees', versions, overturned };
}
