import type { PageStatus } from '../messages.ts';

export type PageState =
  | { kind: 'ready'; status: PageStatus }
  | { kind: 'unavailable' }
  | { kind: 'error'; message: string };

/** Fills the "This page" section; every string is set as text, never as HTML. */
export function renderPageState(section: HTMLElement, state: PageState): void {
  const line = section.querySelector<HTMLElement>('#page-state');
  if (!line) return;
  section.setAttribute('aria-busy', 'false');
  line.dataset.state = state.kind;
  switch (state.kind) {
    case 'ready': {
      const n = state.status.textNodes;
      line.textContent = `Read ${n} text ${n === 1 ? 'block' : 'blocks'} on this page.`;
      line.dataset.textNodes = String(n);
      break;
    }
    case 'unavailable':
      line.textContent = 'Sourcemark cannot read this page (browser pages and extension stores are off limits).';
      break;
    case 'error':
      line.textContent = `Sourcemark could not read this page: ${state.message}`;
      break;
  }
}
