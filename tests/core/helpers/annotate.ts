import type { FigureClaimHit } from '../../../src/core/claims/detectFigureClaims.ts';
import { bundledDataset } from '../../../src/core/dataset/bundledDataset.ts';
import { compileMatcher, type Matcher } from '../../../src/core/match/compileMatcher.ts';
import { findNames } from '../../../src/core/match/findNames.ts';
import {
  scanBlock,
  scanStatements,
  type BlockScan,
  type PageContext,
} from '../../../src/core/page/scanBlock.ts';
import type { BlockRole } from '../../../src/core/page/blockRole.ts';
import { addEvidence, emptyEvidence, pageRelevance } from '../../../src/core/page/pageRelevance.ts';
import { selectHighlights, type Highlight } from '../../../src/core/page/selectHighlights.ts';

export const matcher = compileMatcher(bundledDataset);

export type TextHighlight = Highlight & { text: string };

export interface Annotated {
  relevant: boolean;
  highlights: TextHighlight[];
  /** The highlights of each block, in block order. */
  blocks: TextHighlight[][];
}

/**
 * Runs core the way the content script does (INTERFACES.md): phase 1 scans every
 * block, given the page's date, the block before and the text of the block after,
 * and judges the page; phase 2 reads each block's statements, given the block
 * before it, and the block's highlights are selected again. `roles`, where given, are the blocks'
 * places in the page's structure, as the content script reads them from the markup (blockRole.ts).
 */
export function annotate(
  blocks: string | string[],
  m: Matcher = matcher,
  page: PageContext = {},
  roles: ReadonlyArray<BlockRole | undefined> = [],
): Annotated {
  const list = typeof blocks === 'string' ? [blocks] : blocks;
  const evidence = emptyEvidence();
  const scans: BlockScan[] = [];
  // Each block's names are read once: as the next block's, then as its own.
  let names = list.length ? findNames(m, list[0]!) : [];
  list.forEach((b, i) => {
    const nextNames = i + 1 < list.length ? findNames(m, list[i + 1]!) : undefined;
    const role = roles[i];
    const scan = scanBlock(m, b, {
      page,
      names,
      ...(role ? { role } : {}),
      ...(scans[i - 1] ? { previous: scans[i - 1] } : {}),
      ...(i + 1 < list.length ? { next: list[i + 1] } : {}),
      ...(nextNames ? { nextNames } : {}),
    });
    if (nextNames) names = nextNames;
    addEvidence(evidence, scan);
    scans.push(scan);
  });
  const { relevant } = pageRelevance(m, evidence);
  const perBlock = scans.map((scan, i) => {
    scan.statements = scanStatements(m, scan, scans[i - 1], scans[i + 1]);
    return selectHighlights(m, scan, evidence, relevant).map((h) => ({
      ...h,
      text: scan.text.slice(h.start, h.end),
    }));
  });
  return { relevant, highlights: perBlock.flat(), blocks: perBlock };
}

/** `[id, text]` of each highlight of one kind, in order. */
export function marked(blocks: string | string[], kind: 'entity' | 'claim'): Array<[string, string]> {
  return annotate(blocks)
    .highlights.filter((h) => h.kind === kind)
    .map((h) => [h.id, h.text]);
}

/** Claim ids marked in the last block: what a reference from the blocks before it resolved to. */
export function lastBlockClaimIds(blocks: string[]): string[] {
  return annotate(blocks)
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim')
    .map((h) => h.id);
}

/** A lead that makes a page about the story: a figure is marked only on such a page. */
export const STORY_LEAD = 'OpenAI’s board removed Sam Altman on Friday, and Microsoft hired him on Sunday.';

/** `[id, text]` of each figure claim on a page that opens with STORY_LEAD, maybe dated. */
export function figureClaimsAfterLead(blocks: string[], published?: string): Array<[string, string]> {
  return annotate([STORY_LEAD, ...blocks], matcher, published ? { published } : {})
    .highlights.filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
    .map((h) => [h.id, h.text]);
}

/** Each block's figures (text, topic, verdict) from `scanBlock`, reading the blocks in order as the content script does. */
export function scanPageFigures(
  blocks: string[],
  published: string,
): Array<{ text: string; claimId: string; verdict: FigureClaimHit['verdict'] }> {
  const found: Array<{ text: string; claimId: string; verdict: FigureClaimHit['verdict'] }> = [];
  let previous: BlockScan | undefined;
  blocks.forEach((text, i) => {
    const next = blocks[i + 1];
    const scan = scanBlock(matcher, text, {
      page: { published },
      ...(previous ? { previous } : {}),
      ...(next !== undefined ? { next } : {}),
    });
    for (const f of scan.figures)
      found.push({ text: text.slice(f.start, f.end), claimId: f.claimId, verdict: f.verdict });
    previous = scan;
  });
  return found;
}
