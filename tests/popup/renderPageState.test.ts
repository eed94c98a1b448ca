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

  const status = {
    url: 'https://a.example/',
    enabled: true,
    relevant: true,
    reason: 'The page names OpenAI and Sam Altman.',
    blocksRead: 12,
    entities: [
      { id: 'sam-altman', count: 3 },
      { id: 'openai', count: 1 },
    ],
    claims: [
      {
        id: 'staff-letter-signatories',
        claimKind: 'figure' as const,
        verdict: 'differs' as const,
        wording: '738',
        count: 1,
        range: { low: 738, high: 738, unit: 'people' as const },
      },
    ],
  };

  it('counts the highlights on a page about the story', () => {
    const s = section();
    renderPageState(s, { kind: 'ready', status });
    expect(s.getAttribute('aria-busy')).toBe('false');
    expect(s.querySelector('#page-state')!.textContent).toBe('4 names and 1 claim highlighted.');
  });

  it('says why an unrelated page has no highlights', () => {
    const s = section();
    renderPageState(s, {
      kind: 'ready',
      status: {
        ...status,
        relevant: false,
        reason: 'The page does not name OpenAI.',
        entities: [],
        claims: [],
      },
    });
    expect(s.querySelector('#page-state')!.textContent).toBe(
      'Nothing highlighted: The page does not name OpenAI.',
    );
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
