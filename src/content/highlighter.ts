import type { Matcher } from '../core/match/compileMatcher.ts';
import { scanBlock, scanStatements, type BlockScan } from '../core/page/scanBlock.ts';
import {
  addEvidence,
  emptyEvidence,
  pageRelevance,
  type PageEvidence,
  type Relevance,
} from '../core/page/pageRelevance.ts';
import {
  DEFAULT_HIGHLIGHT_OPTIONS,
  selectHighlights,
  type Highlight,
  type HighlightOptions,
} from '../core/page/selectHighlights.ts';
import { isInline, walkBlocks, type Block } from './collectBlocks.ts';
import { EXCLUDED_SELECTOR } from './excludedSelector.ts';
import { MARK_SELECTOR, markHighlights, unmarkAll } from './markHighlights.ts';
import { yieldToMain } from './yieldToMain.ts';
import { afterNextFrame } from './afterNextFrame.ts';
import { FramePacer } from '../core/page/framePacer.ts';

export interface HighlighterConfig {
  matcher: Matcher;
  root: HTMLElement;
  options?: HighlightOptions;
  /** Longest stretch of work before giving the main thread back, in ms. */
  budgetMs?: number;
  /** Wait after the last page mutation before reading new content, in ms. */
  settleMs?: number;
  /** Called after each pass that changed the marks. */
  onChange?: () => void;
}

interface ScannedBlock {
  block: Block;
  scan: ReturnType<typeof scanBlock>;
}

/**
 * The content script's engine: reads the page block by block in short
 * chunks, asks core what to highlight, marks it, and follows content that
 * arrives later. Its own writes are invisible to its observer.
 */
export class Highlighter {
  private readonly matcher: Matcher;
  private readonly root: HTMLElement;
  private options: HighlightOptions;
  private readonly budgetMs: number;
  private readonly settleMs: number;
  private readonly onChange?: () => void;

  private evidence: PageEvidence = emptyEvidence();
  private relevance: Relevance = { relevant: false, reason: 'Not read yet.' };
  private enabled = false;
  private blocksRead = 0;
  /** Roots holding marks: the document and any open shadow roots. */
  private readonly roots = new Set<Node>();
  private readonly highlightOf = new WeakMap<Element, Highlight>();
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Sizes marking chunks so the browser's rendering of them stays short too. */
  private readonly pacer = new FramePacer();
  /** Serialises passes, so two never interleave their DOM writes. */
  private queue: Promise<void> = Promise.resolve();

  constructor(config: HighlighterConfig) {
    this.matcher = config.matcher;
    this.root = config.root;
    this.options = config.options ?? DEFAULT_HIGHLIGHT_OPTIONS;
    this.budgetMs = config.budgetMs ?? 20;
    this.settleMs = config.settleMs ?? 150;
    this.onChange = config.onChange;
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  get pageRelevance(): Relevance {
    return this.relevance;
  }

  get blockCount(): number {
    return this.blocksRead;
  }

  /** Reads the whole page and highlights it; resolves when every mark is in place. */
  enable(): Promise<void> {
    this.enabled = true;
    return this.enqueue(() => this.fullPass());
  }

  /** Removes every mark and stops watching: the page's HTML is as it was. */
  disable(): Promise<void> {
    this.enabled = false;
    return this.enqueue(() => {
      this.stopObserving();
      this.clearMarks();
      return Promise.resolve();
    });
  }

  setOptions(options: HighlightOptions): Promise<void> {
    this.options = options;
    return this.enabled ? this.enqueue(() => this.fullPass()) : Promise.resolve();
  }

  /** Every highlight now on the page, once each (a name split over two tags is one highlight). */
  highlights(): Highlight[] {
    return this.firstMarks().map((mark) => this.highlightOf.get(mark)!);
  }

  /** The first mark of every highlight, in document order (for keyboard navigation and scrolling). */
  firstMarks(): HTMLElement[] {
    const seen = new Set<Highlight>();
    const marks: HTMLElement[] = [];
    for (const root of this.roots) {
      for (const mark of (root as ParentNode).querySelectorAll<HTMLElement>(MARK_SELECTOR)) {
        const h = this.highlightOf.get(mark);
        if (h && !seen.has(h)) {
          seen.add(h);
          marks.push(mark);
        }
      }
    }
    return marks;
  }

  highlightFor(mark: Element): Highlight | undefined {
    return this.highlightOf.get(mark);
  }

  /** Runs any pending mutation pass now (tests and "done" signals). */
  flush(): Promise<void> {
    if (this.settleTimer !== undefined) {
      clearTimeout(this.settleTimer);
      this.settleTimer = undefined;
      return this.enqueue(() => this.incrementalPass());
    }
    return this.queue;
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(work, work);
    return this.queue;
  }

  private async fullPass(): Promise<void> {
    this.stopObserving();
    this.clearMarks();
    // Watched while we read and write: what the page adds meanwhile (a live blog's
    // next update, a lazy comment) is read by the pass that follows this one.
    this.startObserving();
    this.evidence = emptyEvidence();
    const scanned = await this.scan(this.root);
    this.relevance = pageRelevance(this.matcher, this.evidence);
    await this.mark(scanned);
    // Shadow roots that gained marks are watched from now on too.
    this.startObserving();
    this.onChange?.();
  }

  private async scan(root: Node): Promise<ScannedBlock[]> {
    const scanned: ScannedBlock[] = [];
    let until = performance.now() + this.budgetMs;
    let previous: BlockScan | undefined;
    for (const block of walkBlocks(root)) {
      const scan = scanBlock(this.matcher, block.text);
      addEvidence(this.evidence, scan);
      // Phase 2 right after phase 1, until the runtime reads statements in idle time.
      scan.statements = scanStatements(this.matcher, scan, previous);
      previous = scan;
      this.blocksRead++;
      if (scan.names.length || scan.statements.length) scanned.push({ block, scan });
      if (performance.now() > until) {
        await yieldToMain();
        if (!this.enabled) return [];
        until = performance.now() + this.budgetMs;
      }
    }
    return scanned;
  }

  /**
   * Writes the marks in chunks that end on our time budget or on the pacer's
   * block count, whichever comes first, and lets the browser render each
   * chunk before the next: the layout our writes cause is main-thread work too.
   */
  private async mark(scanned: ScannedBlock[]): Promise<void> {
    let until = performance.now() + this.budgetMs;
    let changed = 0;
    for (const { block, scan } of scanned) {
      if (!this.enabled) return;
      // The page may have changed the block while we yielded; the observer will bring it back.
      if (!block.nodes.every((n) => n.isConnected) || block.nodes.map((n) => n.data).join('') !== block.text)
        continue;
      const highlights = selectHighlights(
        this.matcher,
        scan,
        this.evidence,
        this.relevance.relevant,
        this.options,
      );
      if (highlights.length) {
        this.roots.add(block.nodes[0]!.getRootNode());
        const origin = new Map<Highlight, Highlight>();
        markHighlights(block, aroundNested(highlights, block.text, origin), (mark, h) =>
          this.highlightOf.set(mark, origin.get(h) ?? h),
        );
        changed++;
      }
      if (performance.now() > until || changed >= this.pacer.blocksPerFrame) {
        this.takeOwnRecords();
        if (changed) {
          const renderMs = await afterNextFrame();
          if (renderMs !== undefined) this.pacer.record({ blocks: changed, renderMs });
          changed = 0;
        } else {
          await yieldToMain();
        }
        until = performance.now() + this.budgetMs;
      }
    }
    this.takeOwnRecords();
  }

  private clearMarks(): void {
    for (const root of this.roots) unmarkAll(root);
    this.roots.clear();
    this.blocksRead = 0;
  }

  private startObserving(): void {
    const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
    this.observer.observe(this.root, options);
    for (const root of this.roots) if (root !== this.root.getRootNode()) this.observer.observe(root, options);
  }

  private stopObserving(): void {
    this.observer.disconnect();
    this.pending.clear();
    if (this.settleTimer !== undefined) clearTimeout(this.settleTimer);
    this.settleTimer = undefined;
  }

  /** Our own marking shows up as mutations too: drop them. */
  private takeOwnRecords(): void {
    this.observer.takeRecords();
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      for (const target of changedElements(record)) {
        if (!target.closest(EXCLUDED_SELECTOR)) this.pending.add(target);
      }
    }
    if (!this.pending.size) return;
    if (this.settleTimer !== undefined) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = undefined;
      void this.enqueue(() => this.incrementalPass());
    }, this.settleMs);
  }

  /** New or changed content: re-read just the blocks around it, unless it changes what the page is about. */
  private async incrementalPass(): Promise<void> {
    if (!this.enabled) return;
    const targets = [...this.pending].filter((t) => t.isConnected);
    this.pending.clear();
    // Outermost targets only: a subtree is read once.
    const outermost = targets.filter((t) => !targets.some((o) => o !== t && o.contains(t)));
    const before = { relevant: this.relevance.relevant, full: this.evidence.namedInFull.size };
    const scanned: ScannedBlock[] = [];
    for (const target of outermost) {
      const container = blockContainer(target as Element);
      unmarkAll(container);
      this.takeOwnRecords();
      scanned.push(...(await this.scan(container)));
    }
    this.relevance = pageRelevance(this.matcher, this.evidence);
    if (this.relevance.relevant !== before.relevant || this.evidence.namedInFull.size !== before.full) {
      // "Scott" may now count, or the page may now be about the story: read it all again.
      await this.fullPass();
      return;
    }
    await this.mark(scanned);
    this.onChange?.();
  }
}

/**
 * Where a mutation needs reading again: the parent of changed text, or each
 * element added (not its whole parent: a live blog prepending an update to a
 * feed of thousands would otherwise have the whole feed read again).
 */
function changedElements(record: MutationRecord): Element[] {
  if (record.type === 'characterData') {
    const parent = record.target.parentNode;
    return parent && parent.nodeType === Node.ELEMENT_NODE ? [parent as Element] : [];
  }
  const elements: Element[] = [];
  for (const node of record.addedNodes) {
    if (node.nodeType === Node.ELEMENT_NODE) elements.push(node as Element);
    else if (node.nodeType === Node.TEXT_NODE && record.target.nodeType === Node.ELEMENT_NODE)
      elements.push(record.target as Element);
  }
  return elements;
}

/** The nearest ancestor that is not part of a line of text, so a changed block is re-read whole. */
function blockContainer(el: Element): Element {
  let current: Element = el;
  while (current.parentElement && isInline(current)) current = current.parentElement;
  return current;
}

/**
 * mark.js skips a range inside another, so until marks nest, a claim that
 * contains a name is marked in the pieces around it. Each piece is mapped
 * back to the claim's own highlight (`origin`), so it stays one highlight.
 */
function aroundNested(highlights: Highlight[], text: string, origin: Map<Highlight, Highlight>): Highlight[] {
  const out: Highlight[] = [];
  for (const h of highlights) {
    const inner = highlights.filter((o) => o !== h && h.start <= o.start && o.end <= h.end);
    if (!inner.length) {
      out.push(h);
      continue;
    }
    let from = h.start;
    for (const o of [...inner, { start: h.end, end: h.end }]) {
      const piece = text.slice(from, o.start);
      if (piece.trim()) {
        const part = {
          ...h,
          start: from + piece.length - piece.trimStart().length,
          end: from + piece.trimEnd().length,
        };
        origin.set(part, h);
        out.push(part);
      }
      from = Math.max(from, o.end);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
