import Mark from 'mark.js';
import type { Highlight } from '../core/page/selectHighlights.ts';
import type { Block } from './collectBlocks.ts';
import { withStaticNodeIterators } from './staticNodeIterator.ts';

/** Marks carry this class too, so unmarking never touches a page's own mark.js marks. */
export const MARK_CLASS = 'sourcemark';
export const MARK_SELECTOR = `mark.${MARK_CLASS}[data-sm-kind]`;

/**
 * What mark.js is given: offsets and an index, nothing more. mark.js builds
 * `JSON.stringify(ranges)` for a debug log on every call, even with logging
 * off, so a highlight's payload (a figure's comparisons) must not ride along.
 */
interface IndexedRange {
  start: number;
  length: number;
  index: number;
}

/**
 * Wraps each highlight of a block in <mark> elements with mark.js. The
 * context is the block's own text nodes, so mark.js counts offsets over
 * exactly the text core was given. A highlight across inline tags becomes
 * one <mark> per text node, all with the same id.
 */
export function markHighlights(
  block: Block,
  highlights: Highlight[],
  onMark?: (mark: HTMLElement, highlight: Highlight) => void,
): void {
  if (!highlights.length) return;
  const ranges: IndexedRange[] = highlights.map((h, index) => ({
    start: h.start,
    length: h.end - h.start,
    index,
  }));
  const doc = block.nodes[0]!.ownerDocument;
  withStaticNodeIterators(doc, () =>
    new Mark(block.nodes as unknown as HTMLElement[]).markRanges(ranges, {
      element: 'mark',
      className: MARK_CLASS,
      exclude: [],
      each(element: HTMLElement, range: unknown) {
        const highlight = highlights[(range as IndexedRange).index]!;
        element.setAttribute('data-sm-kind', highlight.kind);
        element.setAttribute('data-sm-id', highlight.id);
        if (highlight.kind === 'claim') element.setAttribute('data-sm-verdict', highlight.verdict);
        onMark?.(element, highlight);
      },
    }),
  );
}

/** Removes every Sourcemark mark under `root`, restoring the text as it was. */
export function unmarkAll(root: Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  withStaticNodeIterators(doc, () =>
    new Mark(root as unknown as HTMLElement).unmark({ element: 'mark', className: MARK_CLASS }),
  );
}
