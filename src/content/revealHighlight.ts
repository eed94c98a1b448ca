/**
 * Scrolls a mark to the middle of the window and gives it focus: the one way
 * the panel, the shortcuts and the card move the reader to a highlight.
 */
export function bringIntoView(mark: HTMLElement): void {
  const doc = mark.ownerDocument;
  // No smooth scrolling for readers who ask for less motion, or in a tab nobody is looking at.
  const still =
    doc.visibilityState !== 'visible' ||
    (doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true);
  mark.scrollIntoView?.({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  // Marks are not Tab stops (HoverCards.refreshTabStops); -1 lets this one take focus when asked.
  if (!mark.hasAttribute('tabindex')) mark.setAttribute('tabindex', '-1');
  mark.focus({ preventScroll: true });
}

/** Scrolls a mark into view and flashes it, so the reader sees where the popup pointed. */
export function revealMark(mark: HTMLElement): void {
  bringIntoView(mark);
  // The flash is a CSS animation in highlights.css; the attribute goes when the mark does.
  mark.removeAttribute('data-sm-flash');
  void mark.offsetWidth;
  mark.setAttribute('data-sm-flash', '');
  setTimeout(() => mark.removeAttribute('data-sm-flash'), 1600);
}
