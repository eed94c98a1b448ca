import {
  emptyReading,
  mayBeAboutStory,
  readForStory,
  type GateReading,
  type StoryGate,
} from '../core/page/storyGate.ts';

/** How long added content gathers before it is read: one look per burst of a live page's updates. */
const SETTLE_MS = 250;
/** Past this many changed nodes, reading the whole page once is cheaper than reading each. */
const MAX_PENDING = 200;

/** The page's text as the gate reads it: its title and everything in it, run together. */
export function pageText(doc: Document): string {
  return `${doc.title}\n${doc.body?.textContent ?? ''}`;
}

/**
 * The gate's look at the page: its text now, then what arrives later
 * (single-page navigation, live updates, infinite scroll), until the page may
 * be about the story. Cheap where it is not: one case-insensitive search of
 * the page's text for the story's organisation and central people, and a mutation observer that
 * only collects what changed and looks at it a quarter of a second later.
 */
export class StoryWatch {
  readonly reading: GateReading = emptyReading();
  private observer: MutationObserver | undefined;
  private readonly pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly gate: StoryGate,
    private readonly doc: Document,
    /** Called once, when the page may be about the story. */
    private readonly onStory: () => void,
  ) {}

  get mayBeAboutStory(): boolean {
    return mayBeAboutStory(this.reading);
  }

  /** Reads the page now and, unless it may be about the story, watches it until `signal` aborts or `stop()`. */
  start(signal: AbortSignal): void {
    if (signal.aborted || this.observer) return;
    if (this.read(pageText(this.doc))) return;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(this.doc, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.pending.clear();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** True when the page may be about the story (and `onStory` has been called). */
  private read(text: string): boolean {
    readForStory(this.gate, text, this.reading, () => pageText(this.doc));
    if (!this.mayBeAboutStory) return false;
    this.stop();
    this.onStory();
    return true;
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') this.pending.add(record.target);
      else for (const node of record.addedNodes) this.pending.add(node);
    }
    // A steady stream of changes is still read every quarter second, not put off for ever.
    if (this.pending.size && this.timer === undefined)
      this.timer = setTimeout(() => this.readPending(), SETTLE_MS);
  }

  private readPending(): void {
    this.timer = undefined;
    const nodes = [...this.pending].filter((n) => n.isConnected);
    this.pending.clear();
    const text =
      nodes.length > MAX_PENDING ? pageText(this.doc) : nodes.map((n) => n.textContent ?? '').join('\n');
    this.read(text);
  }
}
