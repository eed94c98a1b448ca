import type { PageStatus } from '../messages.ts';

export type PageState =
  { kind: 'ready'; status: PageStatus } | { kind: 'unavailable' } | { kind: 'error'; message: string };

/** Fills the "This page" section; every string is set as text, never as HTML. */
export function renderPageState(section: HTMLElement, state: PageState): void {
  const line = section.querySelector<HTMLElement>('#page-state');
  if (!line) return;
  section.setAttribute('aria-busy', 'false');
  line.dataset.state = state.kind;
  switch (state.kind) {
    case 'ready': {
      const { status } = state;
      const names = status.entities.reduce((sum, e) => sum + e.count, 0);
      const claims = status.claims.reduce((sum, c) => sum + c.count, 0);
      line.textContent = status.relevant
        ? `${names} ${names === 1 ? 'name' : 'names'} and ${claims} ${claims === 1 ? 'claim' : 'claims'} highlighted.`
        : `Nothing highlighted: ${status.reason}`;
      line.dataset.blocksRead = String(status.blocksRead);
      line.dataset.highlights = String(names + claims);
      break;
    }
    case 'unavailable':
      line.textContent =
        'Sourcemark cannot read this page (browser pages and extension stores are off limits).';
      break;
    case 'error':
      line.textContent = `Sourcemark could not read this page: ${state.message}`;
      break;
  }
}
