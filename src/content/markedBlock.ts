import Mark from 'mark.js';
import type { Highlight } from '../core/page/selectHighlights.ts';
import type { Block } from './collectBlocks.ts';
import { withStaticNodeIterators } from './staticNodeIterator.ts';
import { wrapRun, type TextPiece } from './wrapRun.ts';
import { MARK_CLASS, unwrap } from './markHighlights.ts';

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

type OnMark = (mark: HTMLElement, highlight: Highlight) => void;

const key = (h: Highlight) => `${h.kind}:${h.id}:${h.start}:${h.end}`;
const contains = (outer: Highlight, inner: Highlight) =>
  outer !== inner &&
  outer.start <= inner.start &&
  inner.end <= outer.end &&
  outer.end - outer.start > inner.end - inner.start;
const crosses = (a: Highlight, b: Highlight) =>
  a.start < b.end && b.start < a.end && !contains(a, b) && !contains(b, a) && key(a) !== key(b);

function setAttributes(mark: HTMLElement, highlight: Highlight): void {
  mark.setAttribute('data-sm-kind', highlight.kind);
  mark.setAttribute('data-sm-id', highlight.id);
  if (highlight.kind === 'claim') mark.setAttribute('data-sm-verdict', highlight.verdict);
}

/** The next node in document order. */
function nextInOrder(node: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
  return null;
}

/**
 * The marks of one block, and the way back. Highlights that contain no other
 * are written by mark.js (a name across inline tags becomes one mark per text
 * node); one that contains others (a claim around the names it mentions) is
 * one mark around the run of nodes, marks included (wrapRun). Taking the
 * marks off puts every text node of the page back as it was: the same
 * objects, in their places, neither merged with a neighbour nor replaced
 * (mark.js's own unmark normalises the parent, which merges the page's
 * adjacent text nodes and drops a node whose match started at its first
 * character; frameworks keep references to those nodes).
 */
export class MarkedBlock {
  /** The page's own text of each node, to put back. */
  private readonly originalText: string[];
  private readonly originals: Set<Node>;
  private readonly written = new Map<string, { highlight: Highlight; marks: HTMLElement[] }>();

  constructor(readonly block: Block) {
    this.originalText = block.nodes.map((n) => n.data);
    this.originals = new Set(block.nodes);
  }

  /** Every highlight written in this block. */
  get highlights(): Highlight[] {
    return [...this.written.values()].map((w) => w.highlight);
  }

  get marks(): HTMLElement[] {
    return [...this.written.values()].flatMap((w) => w.marks);
  }

  /** The block's text nodes as they are now (the page's and the parts our splits made), with offsets. */
  pieces(): TextPiece[] {
    const pieces: TextPiece[] = [];
    let offset = 0;
    this.block.nodes.forEach((node, i) => {
      const length = this.originalText[i]!.length;
      let have = 0;
      for (let n: Node | null = node; n && have < length; n = nextInOrder(n)) {
        if (n.nodeType !== Node.TEXT_NODE) continue;
        if (n !== node && this.originals.has(n)) break;
        pieces.push({ node: n as Text, start: offset + have });
        have += (n as Text).data.length;
      }
      offset += length;
    });
    return pieces;
  }

  /** The page has not changed the block's text since it was read (it may have while we yielded). */
  isIntact(): boolean {
    if (!this.block.nodes.every((n) => n.isConnected)) return false;
    return (
      this.pieces()
        .map((p) => p.node.data)
        .join('') === this.block.text
    );
  }

  /**
   * Writes the highlights not written yet, around the marks already there.
   * A highlight that would cross another (neither inside nor around it) is
   * left out: one element cannot hold both.
   */
  add(highlights: Highlight[], onMark?: OnMark): void {
    const existing = this.highlights;
    const fresh: Highlight[] = [];
    for (const h of highlights) {
      if (this.written.has(key(h)) || fresh.some((f) => key(f) === key(h))) continue;
      if ([...existing, ...fresh].some((o) => crosses(o, h))) continue;
      fresh.push(h);
    }
    if (!fresh.length) return;
    const all = [...existing, ...fresh];
    const leaves = fresh.filter((h) => !all.some((o) => contains(h, o)));
    const containers = fresh.filter((h) => !leaves.includes(h));
    this.markLeaves(leaves, onMark);
    // Inner containers first, so an outer one wraps the marks of the inner.
    for (const h of containers.sort((a, b) => a.end - a.start - (b.end - b.start))) {
      const doc = this.block.nodes[0]!.ownerDocument;
      const marks = wrapRun(this.pieces(), h.start, h.end, () => {
        const mark = doc.createElement('mark');
        mark.className = MARK_CLASS;
        return mark;
      });
      for (const mark of marks) {
        setAttributes(mark, h);
        onMark?.(mark, h);
      }
      this.written.set(key(h), { highlight: h, marks });
    }
  }

  private markLeaves(leaves: Highlight[], onMark?: OnMark): void {
    if (!leaves.length) return;
    leaves.sort((a, b) => a.start - b.start);
    // mark.js reads every node of its context (a DOM iterator and five selector checks each):
    // it is given only the run of text nodes the highlights fall in, and offsets from its start.
    const pieces = this.pieces();
    const end = Math.max(...leaves.map((h) => h.end));
    let from = 0;
    while (from + 1 < pieces.length && pieces[from + 1]!.start <= leaves[0]!.start) from++;
    let to = from + 1;
    while (to < pieces.length && pieces[to]!.start < end) to++;
    const base = pieces[from]!.start;
    const ranges: IndexedRange[] = leaves.map((h, index) => ({
      start: h.start - base,
      length: h.end - h.start,
      index,
    }));
    for (const h of leaves) this.written.set(key(h), { highlight: h, marks: [] });
    const doc = this.block.nodes[0]!.ownerDocument;
    const context = pieces.slice(from, to).map((p) => p.node);
    withStaticNodeIterators(doc, () =>
      new Mark(context as unknown as HTMLElement[]).markRanges(ranges, {
        element: 'mark',
        className: MARK_CLASS,
        exclude: [],
        each: (element: HTMLElement, range: unknown) => {
          const highlight = leaves[(range as IndexedRange).index]!;
          setAttributes(element, highlight);
          this.written.get(key(highlight))!.marks.push(element);
          onMark?.(element, highlight);
        },
      }),
    );
  }

  /**
   * Takes every mark of this block off and joins the parts our splits made
   * back into the page's own text nodes. A mark someone else already took off
   * (a newer instance of the extension clearing what an old one left) is left
   * alone, and so are the text nodes around it.
   */
  restore(): void {
    const marks = this.marks;
    this.written.clear();
    if (!marks.every((m) => m.isConnected)) {
      for (const mark of marks) if (mark.isConnected) unwrap(mark);
      return;
    }
    for (const mark of marks) unwrap(mark);
    this.block.nodes.forEach((node, i) => rejoin(node, this.originalText[i]!, this.originals));
  }
}

/** Appends to `node` the text nodes our splits made after it, until it holds its own text again. */
function rejoin(node: Text, text: string, originals: Set<Node>): void {
  const isPart = (n: ChildNode | null): n is Text =>
    !!n && n.nodeType === Node.TEXT_NODE && !originals.has(n);
  while (node.data.length < text.length && isPart(node.nextSibling)) {
    const part = node.nextSibling;
    node.appendData(part.data);
    part.remove();
  }
  // A split at the end of a node leaves an empty part behind.
  while (isPart(node.nextSibling) && node.nextSibling.data === '') node.nextSibling.remove();
}
