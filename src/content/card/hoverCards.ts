import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { cardModelFor } from '../../core/cards/cardModels.ts';
import type { ContentDataset } from '../../core/dataset/schema.ts';
import type { Highlight } from '../../core/page/selectHighlights.ts';
import type { Highlighter } from '../highlighter.ts';
import { MARK_SELECTOR } from '../markHighlights.ts';
import { bringIntoView } from '../revealHighlight.ts';
import { CARD_CSS } from './cardStyles.ts';
import { renderCard } from './renderCard.tsx';

/** Hover delays readers know from Wikipedia's page previews (and WCAG 1.4.13). */
export const OPEN_DELAY_MS = 500;
export const CLOSE_DELAY_MS = 300;
const TITLE_ID = 'sourcemark-card-title';

/**
 * One card at a time, next to the highlight it describes: opens after a
 * short hover or at once on focus, stays while the pointer is on the mark or
 * the card, closes shortly after it leaves or on Escape, without moving focus.
 * A closed card is not on the page at all: its host is taken out of the
 * document, so nothing is drawn and nothing takes the pointer.
 */
export class HoverCards {
  private host: HTMLElement | undefined;
  private card: HTMLElement | undefined;
  private openFor: Highlight | undefined;
  private anchor: HTMLElement | undefined;
  /** The anchor's words, kept: unmarking moves them out of the old mark. */
  private anchorText = '';
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private stopFollowing: (() => void) | undefined;
  private attachment: AbortController | undefined;

  constructor(
    private readonly dataset: ContentDataset,
    private readonly highlighter: Highlighter,
    private readonly doc: Document = document,
  ) {}

  /**
   * Listens to the page until `signal` aborts; then the card closes and its
   * host leaves the page. Attaching again ends the previous attachment.
   */
  attach(signal: AbortSignal): void {
    this.attachment?.abort();
    const own = new AbortController();
    this.attachment = own;
    const options = { capture: true, passive: true, signal: own.signal };
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      this.doc.addEventListener(type, fn, options);
    on('mouseover', (e) => this.onPointerOver(e));
    on('mouseout', (e) => this.onPointerOut(e));
    on('focusin', (e) => this.onFocusIn(e));
    on('focusout', (e) => this.onFocusOut(e));
    on('keydown', (e) => this.onKeyDown(e));
    own.signal.addEventListener('abort', () => this.remove(), { once: true });
    if (signal.aborted) own.abort();
    else signal.addEventListener('abort', () => own.abort(), { once: true, signal: own.signal });
  }

  get isOpen(): boolean {
    return this.openFor !== undefined;
  }

  /**
   * Called after every pass that changed the marks. Highlights are not Tab
   * stops: a story article holds dozens and a keyboard user would have to
   * walk through all of them to leave it. The way in is the shortcuts
   * (`step`) and the panel's "show on the page", which focus one mark.
   * A pass may also have replaced the mark an open card points at (a live
   * page re-read): the card moves to the new mark of the same words, or
   * closes rather than float where the mark was.
   */
  refreshTabStops(): void {
    if (!this.anchor || this.anchor.isConnected) return;
    const replacement = this.replacementOf(this.anchor);
    if (!replacement) {
      this.close();
      return;
    }
    const closing = this.closeTimer !== undefined;
    this.openFor = undefined;
    this.open(replacement);
    if (closing) this.scheduleClose();
  }

  /** The mark now on the page for the same highlight and words, nearest the open card. */
  private replacementOf(old: HTMLElement): HTMLElement | undefined {
    const id = old.getAttribute('data-sm-id');
    const candidates = this.highlighter
      .firstMarks()
      .filter((m) => m.getAttribute('data-sm-id') === id && m.textContent === this.anchorText);
    const box = this.card?.getBoundingClientRect();
    if (!box) return candidates[0];
    const distance = (m: HTMLElement) => {
      const r = m.getBoundingClientRect();
      return Math.hypot(r.x - box.x, r.y - box.y);
    };
    return candidates.sort((a, b) => distance(a) - distance(b))[0];
  }

  /** Moves to the next or previous highlight, scrolls it into view and opens its card. */
  step(direction: 1 | -1): boolean {
    const marks = this.highlighter.firstMarks();
    if (!marks.length) return false;
    const current = this.anchor
      ? marks.findIndex((m) => this.highlighter.highlightFor(m) === this.openFor)
      : -1;
    const next = marks[(current + direction + marks.length) % marks.length] ?? marks[0]!;
    bringIntoView(next);
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
    const { host, card } = this.ensureCard();
    renderCard(card, model, TITLE_ID);
    this.openFor = highlight;
    this.anchor = mark as HTMLElement;
    this.anchorText = mark.textContent;
    if (!host.isConnected) this.doc.documentElement.append(host);
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

  /** Closes the card and forgets a pending hover. */
  close(): void {
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.hide();
  }

  /**
   * Takes the card off the page: its host leaves the document, so nothing is
   * drawn or hit. A hover on another highlight that is still pending stays.
   */
  private hide(): void {
    this.cancelClose();
    this.stopFollowing?.();
    this.stopFollowing = undefined;
    this.openFor = undefined;
    this.anchor = undefined;
    this.host?.remove();
  }

  private remove(): void {
    this.close();
    this.host = undefined;
    this.card = undefined;
    this.attachment = undefined;
  }

  private ensureCard(): { host: HTMLElement; card: HTMLElement } {
    if (this.host && this.card) return { host: this.host, card: this.card };
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
    this.host = host;
    this.card = card;
    return { host, card };
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
    this.closeTimer = setTimeout(() => this.hide(), CLOSE_DELAY_MS);
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
