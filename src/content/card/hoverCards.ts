import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { claimCard, entityCard, type CardModel } from '../../core/cards/cardModels.ts';
import type { ContentDataset } from '../../core/dataset/schema.ts';
import type { Highlight } from '../../core/page/selectHighlights.ts';
import type { Highlighter } from '../highlighter.ts';
import { MARK_SELECTOR } from '../markHighlights.ts';
import { CARD_CSS } from './cardStyles.ts';
import { renderCard } from './renderCard.tsx';

/** Hover delays readers know from Wikipedia's page previews (and WCAG 1.4.13). */
export const OPEN_DELAY_MS = 500;
export const CLOSE_DELAY_MS = 300;
const TITLE_ID = 'sourcemark-card-title';

export function cardModelFor(dataset: ContentDataset, highlight: Highlight): CardModel | undefined {
  return highlight.kind === 'entity'
    ? entityCard(dataset, highlight.id, highlight.alias)
    : claimCard(dataset, highlight);
}

/**
 * One card at a time, next to the highlight it describes: opens after a
 * short hover or at once on focus, stays while the pointer is on the mark or
 * the card, closes shortly after it leaves or on Escape, without moving focus.
 */
export class HoverCards {
  private host: HTMLElement | undefined;
  private card: HTMLElement | undefined;
  private openFor: Highlight | undefined;
  private anchor: Element | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private stopFollowing: (() => void) | undefined;
  private readonly listeners: Array<[string, (e: Event) => void]>;

  constructor(
    private readonly dataset: ContentDataset,
    private readonly highlighter: Highlighter,
    private readonly doc: Document = document,
  ) {
    this.listeners = [
      ['mouseover', (e) => this.onPointerOver(e as MouseEvent)],
      ['mouseout', (e) => this.onPointerOut(e as MouseEvent)],
      ['focusin', (e) => this.onFocusIn(e as FocusEvent)],
      ['focusout', (e) => this.onFocusOut(e as FocusEvent)],
      ['keydown', (e) => this.onKeyDown(e as KeyboardEvent)],
    ];
  }

  attach(): void {
    for (const [type, fn] of this.listeners) this.doc.addEventListener(type, fn, true);
  }

  /** Closes the card, removes it from the page and stops listening. */
  detach(): void {
    for (const [type, fn] of this.listeners) this.doc.removeEventListener(type, fn, true);
    this.close();
    this.host?.remove();
    this.host = undefined;
    this.card = undefined;
  }

  get isOpen(): boolean {
    return this.openFor !== undefined;
  }

  /** Makes the first mark of every highlight reachable with Tab. */
  refreshTabStops(): void {
    for (const mark of this.highlighter.firstMarks())
      if (!mark.hasAttribute('tabindex')) mark.setAttribute('tabindex', '0');
  }

  /** Moves to the next or previous highlight, scrolls it into view and opens its card. */
  step(direction: 1 | -1): boolean {
    const marks = this.highlighter.firstMarks();
    if (!marks.length) return false;
    const current = this.anchor
      ? marks.findIndex((m) => this.highlighter.highlightFor(m) === this.openFor)
      : -1;
    const next = marks[(current + direction + marks.length) % marks.length] ?? marks[0]!;
    const still = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    next.scrollIntoView?.({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    next.focus({ preventScroll: true });
    this.open(next);
    return true;
  }

  open(mark: Element): void {
    this.cancelTimers();
    const highlight = this.highlighter.highlightFor(mark);
    if (!highlight) return;
    if (this.openFor === highlight && this.anchor === mark) return;
    const model = cardModelFor(this.dataset, highlight);
    if (!model) return;
    const card = this.ensureCard();
    renderCard(card, model, TITLE_ID);
    this.openFor = highlight;
    this.anchor = mark;
    this.host!.hidden = false;
    this.stopFollowing?.();
    // Follow the mark as the page scrolls or resizes; flip and shift to stay in the viewport.
    this.stopFollowing = autoUpdate(mark, card, () => {
      void computePosition(mark, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ fallbackPlacements: ['top-start', 'bottom-end', 'top-end'] }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) =>
              card.style.setProperty('max-height', `${Math.max(160, Math.min(440, availableHeight))}px`),
          }),
        ],
      }).then(({ x, y }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
      });
    });
  }

  close(): void {
    this.cancelTimers();
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.openFor = undefined;
    this.anchor = undefined;
    if (this.host) this.host.hidden = true;
  }

  private ensureCard(): HTMLElement {
    if (this.card) return this.card;
    // A custom element on <html>: outside the body's transforms, and no page rule targets its tag.
    const host = this.doc.createElement('sourcemark-card');
    host.setAttribute('data-sourcemark-ui', '');
    host.style.cssText =
      'all: initial !important; position: fixed !important; inset: 0 auto auto 0 !important; z-index: 2147483647 !important; display: block !important;';
    const root = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    const card = this.doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-modal', 'false');
    card.style.cssText = 'position: fixed; top: 0; left: 0;';
    root.append(style, card);
    this.doc.documentElement.append(host);
    this.host = host;
    this.card = card;
    return card;
  }

  private markOf(target: EventTarget | null): Element | null {
    return target instanceof Element ? target.closest(MARK_SELECTOR) : null;
  }

  private inCard(target: EventTarget | null): boolean {
    return !!this.host && target instanceof Node && (target === this.host || this.host.contains(target));
  }

  private sameHighlight(mark: Element | null): boolean {
    return !!mark && !!this.openFor && this.highlighter.highlightFor(mark) === this.openFor;
  }

  private onPointerOver(e: MouseEvent): void {
    if (this.inCard(e.target)) {
      this.cancelClose();
      return;
    }
    const mark = this.markOf(e.target);
    if (!mark) return;
    if (this.sameHighlight(mark)) {
      this.cancelClose();
      return;
    }
    clearTimeout(this.openTimer);
    this.openTimer = setTimeout(() => this.open(mark), OPEN_DELAY_MS);
  }

  private onPointerOut(e: MouseEvent): void {
    const leaving = this.markOf(e.target) ?? (this.inCard(e.target) ? this.host! : null);
    if (!leaving) return;
    if (this.inCard(e.relatedTarget) || this.sameHighlight(this.markOf(e.relatedTarget))) return;
    clearTimeout(this.openTimer);
    if (this.isOpen) this.scheduleClose();
  }

  private onFocusIn(e: FocusEvent): void {
    const mark = this.markOf(e.target);
    if (mark) this.open(mark);
  }

  private onFocusOut(e: FocusEvent): void {
    if (
      this.markOf(e.target) &&
      !this.inCard(e.relatedTarget) &&
      !this.sameHighlight(this.markOf(e.relatedTarget))
    )
      this.scheduleClose();
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.isOpen) this.close();
  }

  private scheduleClose(): void {
    this.cancelClose();
    this.closeTimer = setTimeout(() => this.close(), CLOSE_DELAY_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  private cancelTimers(): void {
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.cancelClose();
  }
}
