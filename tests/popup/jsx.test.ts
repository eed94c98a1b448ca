import { describe, expect, it } from 'vitest';
import { h, nodes } from '../../src/ui/jsx.ts';

describe('the JSX factory', () => {
  it('builds real elements with attributes set as text', () => {
    const link = h('a', { href: '/x', 'aria-label': 'Go', hidden: true, title: false, id: null }, 'Go');
    expect(link).toBeInstanceOf(HTMLAnchorElement);
    expect(link.getAttribute('href')).toBe('/x');
    expect(link.getAttribute('aria-label')).toBe('Go');
    expect(link.getAttribute('hidden')).toBe('');
    expect(link.hasAttribute('title')).toBe(false);
    expect(link.hasAttribute('id')).toBe(false);
  });

  it('sets text as text nodes, never as HTML', () => {
    const payload = '<img src=x onerror="globalThis.pwned=1">';
    const p = h('p', { title: payload }, payload, 7);
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toBe(`${payload}7`);
    expect([...p.childNodes].every((n) => n.nodeType === Node.TEXT_NODE)).toBe(true);
    expect(p.getAttribute('title')).toBe(payload);
  });

  it('flattens nested lists and draws nothing for false, null and undefined', () => {
    const list = h('ul', null, [h('li', null, 'a'), [h('li', null, 'b'), false]], null, undefined, true);
    expect([...list.children].map((li) => li.textContent)).toEqual(['a', 'b']);
    expect(list.childNodes).toHaveLength(2);
    expect(nodes('x', [h('b', null), null], 0).map((n) => n.textContent)).toEqual(['x', '', '0']);
  });
});
