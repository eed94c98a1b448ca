import type { HoverCards } from './card/hoverCards.ts';

/**
 * The cards' part of the one lifecycle, in the shape the ui branch's
 * `HoverCards.attach(signal)` takes (INTERFACES.md): attached until `signal`
 * aborts, then closed and gone from the page. Until that lands, today's
 * attach()/detach() sit behind it; then this becomes `cards.attach(signal)`.
 */
export function attachCards(cards: HoverCards, signal: AbortSignal): void {
  if (signal.aborted) return;
  cards.attach();
  signal.addEventListener('abort', () => cards.detach(), { once: true });
}
