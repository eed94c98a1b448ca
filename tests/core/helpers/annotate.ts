import { bundledDataset } from '../../../src/core/dataset/bundledDataset.ts';
import { compileMatcher, type Matcher } from '../../../src/core/match/compileMatcher.ts';
import { scanBlock } from '../../../src/core/page/scanBlock.ts';
import { addEvidence, emptyEvidence, pageRelevance } from '../../../src/core/page/pageRelevance.ts';
import { selectHighlights, type Highlight } from '../../../src/core/page/selectHighlights.ts';

export const matcher = compileMatcher(bundledDataset);

export interface Annotated {
  relevant: boolean;
  highlights: Array<Highlight & { text: string }>;
}

/** Runs core the way the content script does: scan every block, judge the page, select highlights. */
export function annotate(blocks: string | string[], m: Matcher = matcher): Annotated {
  const list = typeof blocks === 'string' ? [blocks] : blocks;
  const evidence = emptyEvidence();
  const scans = list.map((b) => {
    const scan = scanBlock(m, b);
    addEvidence(evidence, scan);
    return scan;
  });
  const { relevant } = pageRelevance(m, evidence);
  return {
    relevant,
    highlights: scans.flatMap((scan) =>
      selectHighlights(m, scan, evidence, relevant).map((h) => ({
        ...h,
        text: scan.text.slice(h.start, h.end),
      })),
    ),
  };
}

/** `[id, text]` of each highlight of one kind, in order. */
export function marked(blocks: string | string[], kind: 'entity' | 'claim'): Array<[string, string]> {
  return annotate(blocks)
    .highlights.filter((h) => h.kind === kind)
    .map((h) => [h.id, h.text]);
}
