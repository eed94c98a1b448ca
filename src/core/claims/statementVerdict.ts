import type { ContentClaim } from '../dataset/schema.ts';
import type { Verdict } from './verdict.ts';

export interface StatementVerdict {
  verdict: Verdict;
  /** The distinct versions the dataset records, each with its sources. */
  versions: Array<{ version: string; sources: string[] }>;
  overturned: boolean;
}

/** `overturned` when later reporting reversed it; else `differs` when sources give more than one version. */
export function statementVerdict(claim: ContentClaim): StatementVerdict {
  const byVersion = new Map<string, string[]>();
  for (const report of claim.reports) {
    const version = report.version;
    // The dataset requires a version on every statement report (checkIntegrity); one without takes no side.
    if (version === undefined) continue;
    byVersion.set(version, [...(byVersion.get(version) ?? []), report.source]);
  }
  // A claim later reporting reversed; one outlet's report that was itself overturned does not overturn the claim.
  const overturned = !!claim.reversal;
  const versions = [...byVersion].map(([version, sources]) => ({ version, sources }));
  return {
    verdict: overturned ? 'overturned' : versions.length > 1 ? 'differs' : 'agrees',
    versions,
    overturned,
  };
}
