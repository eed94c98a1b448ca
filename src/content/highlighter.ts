import type { Matcher } from '../core/match/compileMatcher.ts';
import {
  scanBlock,
  scanStatementsInSteps,
  type BlockScan,
  type PageContext,
} from '../core/page/scanBlock.ts';
import type { StatementHit } from '../core/claims/detectStatements.ts';
import { findNames, type NameHit } from '../core/match/findNames.ts';
import type { BlockLead } from '../core/page/blockLead.ts';
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
import { BlockRoles } from './blockRole.ts';
import { EXCLUDED_SELECTOR } from './excludedSelector.ts';
import { MarkedBlock } from './markedBlock.ts';
import { MARK_SELECTOR } from './markHighlights.ts';
import { yieldToMain } from './yieldToMain.ts';
import { afterNextFrame } from './afterNextFrame.ts';
import { whenIdle } from './idleTime.ts';
import { FramePacer } from '../core/page/framePacer.ts';
import { readPublishedDate, readUpdatedDate } from './readPublishedDate.ts';
import { phaseOneWarmUp, phaseTwoWarmUp } from './warmUp.ts';

/** Styles the marks inside an open shadow root, where the page's stylesheets do not reach. */
export interface ShadowRootStyles {
  adopt(root: ShadowRoot): void;
  release(root: ShadowRoot): void;
}

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
  /** The content script's lifecycle: when it aborts, every mark comes off and nothing runs any more. */
  signal?: AbortSignal;
  shadowRootStyles?: ShadowRootStyles;
}

/** Matchers whose phases have paid their code's first use (warmUp.ts): once per matcher and script. */
const warmedPhaseOne = new WeakSet<Matcher>();
const warmedPhaseTwo = new WeakSet<Matcher>();

/** How many times `flush` lets phase 2 step aside for other work before it answers anyway. */
const MAX_FLUSH_ROUNDS = 20;

/**
 * A block as read, linked to its neighbours in document order: core reads a
 * block with the one before it (a caption, a name label, who was named last)
 * and the one after it (a figure's description in the next cell, a post's
 * signature), in both phases.
 */
interface ReadBlock {
  block: Block;
  scan: BlockScan;
  previous: ReadBlock | undefined;
  next: ReadBlock | undefined;
  /** Read again since (its neighbours changed): this reading is out of date. */
  replaced?: boolean;
  marked?: MarkedBlock;
}

interface Write {
  target: ReadBlock;
  highlights: Highlight[];
}

/** A block whose statements are being read a window at a time (a whole article in one block). */
interface StatementReading {
  target: ReadBlock;
  steps: Generator<StatementHit[], void>;
  hits: StatementHit[];
}

const hasPhaseOneHits = (r: ReadBlock) => r.scan.names.length > 0 || r.scan.figures.length > 0;

/**
 * The content script's engine: reads the page block by block in short
 * chunks, asks core what to highlight, marks it, and follows content that
 * arrives later. Names and figures are marked first (phase 1); statement
 * claims are read afterwards in idle time and marked around them (phase 2).
 * Its own writes are invisible to its observer.
 */
export class Highlighter {
  private readonly matcher: Matcher;
  private readonly root: HTMLElement;
  private options: HighlightOptions;
  private readonly budgetMs: number;
  private readonly settleMs: number;
  private readonly onChange?: () => void;
  private readonly signal: AbortSignal | undefined;
  private readonly shadowRootStyles: ShadowRootStyles | undefined;

  private evidence: PageEvidence = emptyEvidence();
  private relevance: Relevance = { relevant: false, reason: 'Not read yet.' };
  private enabled = false;
  private blocksRead = 0;
  /** Roots holding marks: the document and any open shadow roots. */
  private readonly roots = new Set<Node>();
  private readonly marked = new Set<MarkedBlock>();
  private readonly highlightOf = new WeakMap<Element, Highlight>();
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Sizes marking chunks so the browser's rendering of them stays short too;
   * first guess from the page's size. One for both phases: a fresh one for
   * statement marks guessed from a page already marked (its frames over the
   * target on their own) shrank chunks towards its minimum, and phase 2 of
   * the bench's huge page went from 1.4 to 2.3–2.9 s.
   */
  private pacer: FramePacer | undefined;
  /** Serialises passes, so two never interleave their DOM writes. */
  private queue: Promise<void> = Promise.resolve();
  /** Passes waiting in the queue: phase 2 steps aside for them. */
  private waiting = 0;
  /**
   * When the task phase 1 is working in should give the main thread back
   * (`pace`). One for a whole pass, not one per call: a live page's update pass
   * reads a few blocks per update, each read well under the budget, and the
   * reads of twenty updates added up to one long task.
   */
  private deadline = 0;
  /** The page's publication date, read once per full pass: a live page's updates are read with the same. */
  private page: PageContext = {};
  /** The reading of each text node's block, to find the neighbours of content that arrives later. */
  private readOf = new WeakMap<Text, ReadBlock>();
  /** Each block's place in the page's structure (blockRole.ts), its sets judged once per full pass. */
  private roles = new BlockRoles();
  /** Blocks whose statements are still to be read (phase 2), in the order they were read. */
  private statementQueue: ReadBlock[] = [];
  /** The block phase 2 is part-way through. */
  private reading: StatementReading | undefined;
  /** Phase 2's warm-up, part-way through (warmUp.ts): its steps go before any block's. */
  private warming: Generator<void, void> | undefined;
  /** Statements read and waiting to be written, all in one paced run. */
  private statementWrites: Write[] = [];
  private statementPassQueued = false;

  constructor(config: HighlighterConfig) {
    this.matcher = config.matcher;
    this.root = config.root;
    this.options = config.options ?? DEFAULT_HIGHLIGHT_OPTIONS;
    this.budgetMs = config.budgetMs ?? 20;
    this.settleMs = config.settleMs ?? 150;
    this.onChange = config.onChange;
    this.signal = config.signal;
    this.shadowRootStyles = config.shadowRootStyles;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.signal?.addEventListener('abort', () => this.dispose(), { once: true });
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

  private get stopped(): boolean {
    return !this.enabled || !!this.signal?.aborted;
  }

  /**
   * Reads the whole page and marks it; resolves when every mark is in place.
   * Names and figures come first (`onChange` is called then), statement
   * claims after them.
   */
  async enable(): Promise<void> {
    if (this.signal?.aborted) return;
    this.enabled = true;
    await this.enqueue(() => this.fullPass());
    await this.statementsDone();
  }

  /** Removes every mark and stops watching: the page is as it was. */
  disable(): Promise<void> {
    this.enabled = false;
    return this.enqueue(() => {
      this.stopObserving();
      this.clearMarks();
      return Promise.resolve();
    });
  }

  async setOptions(options: HighlightOptions): Promise<void> {
    this.options = options;
    if (!this.enabled) return;
    await this.enqueue(() => this.fullPass());
    await this.statementsDone();
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

  /** Whether `mark` is one of this highlighter's (not a page's, nor one a dead instance left). */
  owns(mark: Element): boolean {
    return this.highlightOf.has(mark);
  }

  /** Runs any pending mutation pass now and waits until every mark, statements included, is in place. */
  async flush(): Promise<void> {
    if (this.settleTimer !== undefined) {
      clearTimeout(this.settleTimer);
      this.settleTimer = undefined;
      void this.enqueue(() => this.incrementalPass());
    }
    await this.queue;
    await this.statementsDone();
  }

  /** Waits for the statement passes queued so far (each one may queue the next after yielding to other work). */
  private async statementsDone(): Promise<void> {
    for (
      let rounds = 0;
      (this.statementPassQueued || this.statementQueue.length || this.reading) && !this.stopped;
      rounds++
    ) {
      // A page that never stops changing would keep phase 2 waiting forever: answer with what is there.
      if (rounds === MAX_FLUSH_ROUNDS) return;
      await this.queue;
    }
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.waiting++;
    const run = () => {
      this.waiting--;
      return work();
    };
    this.queue = this.queue.then(run, run);
    return this.queue;
  }

  /** Stops for good (the content script's lifecycle ended): nothing is left on the page. */
  private dispose(): void {
    this.enabled = false;
    this.stopObserving();
    this.clearMarks();
    this.statementQueue = [];
    this.reading = undefined;
    this.statementWrites = [];
  }

  private async fullPass(): Promise<void> {
    this.stopObserving();
    this.clearMarks();
    if (this.stopped) return;
    // Watched while we read and write: what the page adds meanwhile (a live blog's
    // next update, a lazy comment) is read by the pass that follows this one.
    this.startObserving();
    this.evidence = emptyEvidence();
    this.statementQueue = [];
    this.reading = undefined;
    this.statementWrites = [];
    this.readOf = new WeakMap();
    this.roles = new BlockRoles();
    // Whoever enabled us may have spent its task already (compiling the matcher, 10–14 ms):
    // reading starts in a task of its own, so the two never add up to one long task.
    await yieldToMain();
    if (this.stopped) return;
    const published = readPublishedDate(this.root.ownerDocument);
    const updated = published ? undefined : readUpdatedDate(this.root.ownerDocument);
    this.page = published ? { published } : updated ? { updated } : {};
    if (!warmedPhaseOne.has(this.matcher)) {
      // The figure code's first use, before the first reading chunk (warmUp.ts): its steps in
      // tasks of their own that end after a quarter of the budget, so any step, however long
      // its first use, starts a task with little else in it.
      let until = performance.now() + this.budgetMs / 4;
      for (const _ of phaseOneWarmUp(this.matcher, this.page)) {
        if (performance.now() < until) continue;
        await yieldToMain();
        if (this.stopped) return;
        until = performance.now() + this.budgetMs / 4;
      }
      warmedPhaseOne.add(this.matcher);
      await yieldToMain();
      if (this.stopped) return;
    }
    this.deadline = performance.now() + this.budgetMs;
    const read = await this.read(walkBlocks(this.root));
    // Reading's last chunk spent this task: judging the page and the first marks start a new
    // one, within one budget (together they made 50–70 ms tasks); each block's highlights are
    // selected as it is marked.
    await yieldToMain();
    if (this.stopped) return;
    const started = performance.now();
    this.relevance = pageRelevance(this.matcher, this.evidence);
    await this.mark(read.filter(hasPhaseOneHits), (target) => this.writeFor(target), started);
    if (this.stopped) return;
    // Shadow roots that gained marks are watched from now on too.
    this.startObserving();
    this.onChange?.();
    this.queueStatements(read);
  }

  /**
   * Phase 1 over `blocks` in document order, one block ahead: each is read
   * with the one before it (`previous`, or the one read last) and the text of
   * the one after (the next of `blocks`, then `after`).
   */
  private async read(blocks: Iterator<Block>, previous?: ReadBlock, after?: ReadBlock): Promise<ReadBlock[]> {
    const read: ReadBlock[] = [];
    let coming = blocks.next();
    // Each block's names are found once: as the next block's, then as its own.
    let names: NameHit[] | undefined;
    while (!coming.done) {
      const block = coming.value;
      coming = blocks.next();
      const nextText = coming.done ? after?.block.text : coming.value.text;
      const nextNames = nextText === undefined ? undefined : findNames(this.matcher, nextText);
      const r = this.readBlock(block, previous, nextText, { names, nextNames });
      names = coming.done ? undefined : nextNames;
      addEvidence(this.evidence, r.scan);
      read.push(r);
      previous = r;
      if (!(await this.pace())) return [];
    }
    if (after && previous) {
      previous.next = after;
      after.previous = previous;
    }
    return read;
  }

  /**
   * Gives the main thread back once the task has run past `deadline`, and
   * starts the next one's; false when the highlighter stopped meanwhile.
   */
  private async pace(): Promise<boolean> {
    if (performance.now() <= this.deadline) return true;
    await yieldToMain();
    this.deadline = performance.now() + this.budgetMs;
    return !this.stopped;
  }

  /** Phase 1 of one block, linked after `previous`. */
  private readBlock(
    block: Block,
    previous: ReadBlock | undefined,
    nextText: string | undefined,
    found: { names?: NameHit[] | undefined; nextNames?: NameHit[] | undefined } = {},
  ): ReadBlock {
    const role = this.roles.of(block);
    const scan = scanBlock(this.matcher, block.text, {
      page: this.page,
      ...(role ? { role } : {}),
      ...(previous ? { previous: previous.scan } : {}),
      ...(nextText !== undefined ? { next: nextText } : {}),
      ...(found.names ? { names: found.names } : {}),
      ...(found.nextNames ? { nextNames: found.nextNames } : {}),
    });
    const r: ReadBlock = { block, scan, previous, next: undefined };
    if (previous) previous.next = r;
    for (const node of block.nodes) this.readOf.set(node, r);
    this.blocksRead++;
    return r;
  }

  /** What to highlight in one block, now that the page is read. */
  private writeFor(target: ReadBlock): Write {
    return {
      target,
      highlights: selectHighlights(
        this.matcher,
        target.scan,
        this.evidence,
        this.relevance.relevant,
        this.options,
      ),
    };
  }

  /**
   * Writes the marks in chunks that end on our time budget or on the pacer's
   * block count, whichever comes first, and lets the browser render each
   * chunk before the next: the layout our writes cause is main-thread work too.
   * Each item's highlights are selected as it comes (`writeOf`), and the budget
   * is checked after every item, marked or not: selecting a whole page in one go
   * took 15–22 ms of the first chunk's task on the bench's huge page, and grows
   * with the page.
   */
  private async mark<T>(
    items: T[],
    writeOf: (item: T) => Write,
    /** When this task started, if the caller already spent some of it. */
    started = performance.now(),
  ): Promise<void> {
    const pacer = (this.pacer ??= new FramePacer({
      pageElements: this.root.getElementsByTagName('*').length,
    }));
    let until = started + this.budgetMs;
    let changed = 0;
    for (const item of items) {
      if (this.stopped) return;
      const { target, highlights } = writeOf(item);
      const marked = highlights.length ? (target.marked ??= new MarkedBlock(target.block)) : undefined;
      // The page may have changed the block while we yielded; the observer will bring it back.
      if (marked?.isIntact()) {
        const root = target.block.nodes[0]!.getRootNode();
        if (!this.roots.has(root)) {
          this.roots.add(root);
          if (root instanceof ShadowRoot) this.shadowRootStyles?.adopt(root);
        }
        marked.add(highlights, (mark, h) => this.highlightOf.set(mark, h));
        this.marked.add(marked);
        // The text our marks split off is the block's too, for finding the neighbours of later content.
        for (const piece of marked.pieces()) this.readOf.set(piece.node, target);
        changed++;
      }
      if (performance.now() > until || changed >= pacer.blocksPerFrame) {
        this.takeOwnRecords();
        if (changed) {
          const renderMs = await afterNextFrame();
          if (renderMs !== undefined) pacer.record({ blocks: changed, renderMs });
          changed = 0;
        } else {
          await yieldToMain();
        }
        until = performance.now() + this.budgetMs;
      }
    }
    this.takeOwnRecords();
  }

  /** Phase 2: statement claims, read in idle time after names and figures are in place. */
  private queueStatements(read: ReadBlock[]): void {
    // Whether a block may state a claim at all is phase 2's own check, made as it comes to the block.
    for (const r of read) if (!r.replaced) this.statementQueue.push(r);
    if (!this.statementQueue.length || this.statementPassQueued) return;
    this.statementPassQueued = true;
    void this.enqueue(() => this.statementPass());
  }

  /**
   * Reads the queued blocks' statements in idle time, then writes them all in
   * one paced run: on a large page every frame that changes anything costs
   * the page's whole layout, so marks written after each idle chunk would
   * cost a frame each.
   */
  private async statementPass(): Promise<void> {
    this.statementPassQueued = false;
    while ((this.statementQueue.length || this.reading) && !this.stopped) {
      // Another pass is waiting (a settings change, new content): it goes first, we come back after.
      if (this.waiting) break;
      const idle = await whenIdle(this.signal);
      // The statement code's first use (warmUp.ts) goes first, in steps as a block's do.
      while (!warmedPhaseTwo.has(this.matcher) && idle.timeRemaining() > 0 && !this.stopped) {
        this.warming ??= phaseTwoWarmUp(this.matcher, this.page);
        if (this.warming.next().done) {
          warmedPhaseTwo.add(this.matcher);
          this.warming = undefined;
        }
      }
      if (!warmedPhaseTwo.has(this.matcher)) continue;
      while ((this.statementQueue.length || this.reading) && idle.timeRemaining() > 0 && !this.stopped) {
        // One step is one block, or one window of a block that holds a whole article.
        if (this.reading?.target.replaced) this.reading = undefined;
        if (!this.reading) {
          const target = this.statementQueue.shift();
          // Read again since it was queued (a live page's update next to it): its new reading is queued.
          if (!target || target.replaced) continue;
          const steps = scanStatementsInSteps(
            this.matcher,
            target.scan,
            target.previous?.scan,
            target.next?.scan,
          );
          this.reading = { target, steps, hits: [] };
        }
        const step = this.reading.steps.next();
        if (!step.done) {
          this.reading.hits.push(...step.value);
          continue;
        }
        const { target, hits } = this.reading;
        this.reading = undefined;
        target.scan.statements = hits;
        if (!hits.length) continue;
        const written = target.marked?.highlights ?? [];
        const fresh = this.writeFor(target).highlights.filter(
          (h) =>
            h.kind === 'claim' &&
            h.claimKind === 'statement' &&
            !written.some((w) => w.id === h.id && w.start === h.start && w.end === h.end),
        );
        if (fresh.length) this.statementWrites.push({ target, highlights: fresh });
      }
    }
    if (this.stopped) return;
    if (this.statementQueue.length || this.reading) {
      this.statementPassQueued = true;
      void this.enqueue(() => this.statementPass());
      return;
    }
    const writes = this.statementWrites.splice(0).filter((w) => !w.target.replaced);
    if (!writes.length) return;
    // The last idle stretch spent this task: the writes start one of their own, within one budget.
    await yieldToMain();
    if (this.stopped) return;
    await this.mark(writes, (write) => write);
    if (this.stopped) return;
    this.startObserving();
    this.onChange?.();
  }

  private clearMarks(): void {
    for (const marked of this.marked) marked.restore();
    this.marked.clear();
    for (const root of this.roots) if (root instanceof ShadowRoot) this.shadowRootStyles?.release(root);
    this.roots.clear();
    this.blocksRead = 0;
  }

  private startObserving(): void {
    if (this.stopped) return;
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
    if (this.stopped) return;
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

  /**
   * New or changed content: re-read just the blocks inside it, and its
   * neighbours as a full pass would read them (the block before reads the new
   * first block as its next; the block after, and those after it while what
   * they leave for the next block changes, read the new last block as their
   * previous), unless it changes what the page is about.
   */
  private async incrementalPass(): Promise<void> {
    if (this.stopped) return;
    // The settle timer's task, or phase 2's idle stretch that stepped aside for us, may be
    // spent already: the pass starts a task of its own.
    await yieldToMain();
    if (this.stopped) return;
    this.deadline = performance.now() + this.budgetMs;
    const targets = [...this.pending].filter((t) => t.isConnected);
    this.pending.clear();
    // Outermost containers only, in document order: a subtree is read once, after what precedes it.
    const containers = [...new Set(targets.map((t) => blockContainer(t as Element)))];
    const outermost = containers
      .filter((c) => !containers.some((o) => o !== c && o.contains(c)))
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const before = { relevant: this.relevance.relevant, full: this.evidence.namedInFull.size };
    const read: ReadBlock[] = [];
    for (const container of outermost) {
      this.clearMarksIn(container);
      this.takeOwnRecords();
      read.push(...(await this.readAgain(container)));
      if (this.stopped || !(await this.pace())) return;
    }
    await yieldToMain();
    if (this.stopped) return;
    const started = performance.now();
    this.relevance = pageRelevance(this.matcher, this.evidence);
    if (this.relevance.relevant !== before.relevant || this.evidence.namedInFull.size !== before.full) {
      // "Scott" may now count, or the page may now be about the story: read it all again.
      await this.fullPass();
      return;
    }
    const current = read.filter((r) => !r.replaced);
    await this.mark(current.filter(hasPhaseOneHits), (target) => this.writeFor(target), started);
    if (this.stopped) return;
    this.onChange?.();
    this.queueStatements(current);
  }

  /** Phase 1 of the blocks in `container` and of the neighbours whose reading they change. */
  private async readAgain(container: Element): Promise<ReadBlock[]> {
    const before = this.neighbour(container, 'before');
    const after = this.neighbour(container, 'after');
    const blocks = [...walkBlocks(container)];
    // What an earlier container of this pass read again here (its blocks after it) is out of date too.
    for (const block of blocks)
      for (const node of block.nodes) {
        const earlier = this.readOf.get(node);
        if (earlier) earlier.replaced = true;
      }
    const read: ReadBlock[] = [];
    let previous = before;
    if (before) {
      previous = this.replace(before, before.previous, blocks[0]?.text ?? after?.block.text);
      read.push(previous);
    }
    read.push(...(await this.read(blocks[Symbol.iterator](), previous, after)));
    previous = read.at(-1);
    for (let old = after; old && !this.stopped; old = old.next) {
      const next = old.next?.block.nodes[0]!.isConnected ? old.next : undefined;
      const again = this.replace(old, previous, next?.block.text);
      read.push(again);
      again.next = next;
      if (next) next.previous = again;
      // What it leaves for the block after is as before: the rest of the page reads as it did.
      if (!next || sameLead(old.scan.lead, again.scan.lead)) break;
      previous = again;
    }
    return read;
  }

  /** Reads `old`'s block again with new neighbours; its marks come off, to be written anew. */
  private replace(old: ReadBlock, previous: ReadBlock | undefined, nextText: string | undefined): ReadBlock {
    old.replaced = true;
    if (old.marked) {
      old.marked.restore();
      this.marked.delete(old.marked);
      this.takeOwnRecords();
    }
    // Its phase-2 work is dropped as phase 2 comes to it (`replaced`).
    return this.readBlock(old.block, previous, nextText);
  }

  /**
   * The block read last pass just before (or after) `container` in document
   * order; none when the text between is not read yet (content that arrived
   * with this, read in its turn) or the page has no block there.
   */
  private neighbour(container: Element, side: 'before' | 'after'): ReadBlock | undefined {
    const walker = container.ownerDocument.createTreeWalker(container.getRootNode(), NodeFilter.SHOW_TEXT);
    let last: Node = container;
    while (last.lastChild) last = last.lastChild;
    walker.currentNode = side === 'before' ? container : last;
    const step = () => (side === 'before' ? walker.previousNode() : walker.nextNode());
    for (let node = step(); node; node = step()) {
      const read = this.readOf.get(node as Text);
      if (read) return read.replaced || !node.isConnected ? undefined : read;
      if (/\S/.test((node as Text).data) && !node.parentElement?.closest(EXCLUDED_SELECTOR)) return undefined;
    }
    return undefined;
  }

  /**
   * Takes our marks off the blocks inside `container`, which is about to be
   * read again, and marks their readings out of date, so phase 2 drops their
   * work as it comes to it: filtering its queue (a whole live blog's blocks)
   * for every update made a long task of the updates' pass.
   */
  private clearMarksIn(container: Node): void {
    for (const marked of this.marked) {
      if (marked.block.nodes.some((n) => container.contains(n))) {
        marked.restore();
        this.marked.delete(marked);
      }
    }
    const walker = container.ownerDocument!.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const read = this.readOf.get(node as Text);
      if (read) read.replaced = true;
    }
  }
}

/** Whether two blocks leave the same for the blocks after them. */
function sameLead(a: BlockLead, b: BlockLead): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
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
