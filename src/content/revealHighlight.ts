/** Scrolls a mark into view and flashes it, so the reader sees where the popup pointed. */
export function revealMark(mark: HTMLElement): void {
  // No smooth scrolling for readers who ask for less motion, or in a tab nobody is looking at.
  const still =
    document.visibilityState !== 'visible' ||
    (globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true);
  mark.scrollIntoView?.({ block: 'center', behavior: still ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
  // The flash is a CSS animation in highlights.css; the attribute goes when the mark does.
  mark.removeAttribute('data-sm-flash');
  void mark.offsetWidth;
  mark.setAttribute('data-sm-flash', '');
  setTimeout(() => mark.removeAttribute('data-sm-flash'), 1600);
}
