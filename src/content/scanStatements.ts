/**
 * Phase 2's contract (INTERFACES.md), over today's statement detector, until
 * the claims branch's `scanStatements` and `BlockScan.mayStateClaims` land in
 * src/core; then this file goes and its imports point there.
 */
import { detectStatements, type StatementHit } from '../core/claims/detectStatements.ts';
import type { Matcher } from '../core/match/compileMatcher.ts';
import type { BlockScan } from '../core/page/scanBlock.ts';
import { splitSentences } from '../core/text/splitSentences.ts';

export type PhasedScan = BlockScan & { mayStateClaims: boolean };

/** Phase 1's scan of a block: names and figures; statements wait for phase 2. */
export function asPhaseOne(scan: BlockScan): PhasedScan {
  const phased = scan as PhasedScan;
  if (phased.mayStateClaims === undefined) {
    phased.mayStateClaims = scan.statements.length > 0;
    scan.statements = [];
  }
  return phased;
}

/** The statement claims of one block (pure, synchronous); `previous` is the block before it. */
export function scanStatements(matcher: Matcher, scan: BlockScan, _previous?: BlockScan): StatementHit[] {
  return detectStatements(matcher, scan.text, scan.names, splitSentences(scan.text));
}
