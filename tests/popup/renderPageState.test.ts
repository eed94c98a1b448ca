import { beforeEach, describe, expect, it } from 'vitest';
import { renderPageState } from '../../src/popup/renderPageState.ts';

function section(): HTMLElement {
  document.body.innerHTML = '<section id="page" aria-busy="true"><p id="page-state"></p></section>';
  return document.getElementById('page')!;
}

describe('renderPageState', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('shows what the content script read', () => {
    const s = section();
    renderPageState(s, { kind: 'ready', status: { url: 'https://a.example/', textNodes: 12 } });
    expect(s.getAttribute('aria-busy')).toBe('false');
    expect(s.querySelector('#page-state')!.textContent).toBe('Read 12 text blocks on this page.');
  });

  it('explains a page it cannot read', () => {
    const s = section();
    renderPageState(s, { kind: 'unavailable' });
    expect(s.querySelector<HTMLElement>('#page-state')!.dataset.state).toBe('unavailable');
    expect(s.textContent).toMatch(/cannot read this page/);
  });

  it('sets an error as text, never as HTML', () => {
    const s = section();
    renderPageState(s, { kind: 'error', message: '<img src=x onerror=alert(1)>' });
    expect(s.querySelector('img')).toBeNull();
    expect(s.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
