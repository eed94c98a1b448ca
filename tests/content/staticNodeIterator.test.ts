import { describe, expect, it } from 'vitest';
import { createStaticNodeIterator, withStaticNodeIterators } from '../../src/content/staticNodeIterator.ts';

function drain(it: NodeIterator): string[] {
  const out: string[] = [];
  for (let n = it.nextNode(); n; n = it.nextNode())
    out.push(n.nodeName + (n.nodeType === 3 ? `:${n.textContent}` : ''));
  return out;
}

describe('createStaticNodeIterator', () => {
  const html = '<div id="r">a<p>b<span>c</span></p><em>d</em></div>';
  const cases: Array<[string, number, ((n: Node) => number) | undefined]> = [
    ['text nodes', NodeFilter.SHOW_TEXT, undefined],
    ['elements', NodeFilter.SHOW_ELEMENT, undefined],
    ['everything', NodeFilter.SHOW_ALL, undefined],
    [
      'a rejecting filter (reject skips only the node)',
      NodeFilter.SHOW_ALL,
      (n) => (n.nodeName === 'P' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    ],
  ];
  it.each(cases)('visits the same nodes as a NodeIterator: %s', (_, show, filter) => {
    document.body.innerHTML = html;
    const root = document.getElementById('r')!;
    expect(drain(createStaticNodeIterator(root, show, filter))).toEqual(
      drain(document.createNodeIterator(root, show, filter ?? null)),
    );
  });

  it('returns the root itself when it is shown, as mark.js relies on for text-node contexts', () => {
    document.body.innerHTML = html;
    const text = document.getElementById('r')!.firstChild!;
    expect(drain(createStaticNodeIterator(text, NodeFilter.SHOW_TEXT))).toEqual(['#text:a']);
  });

  it('moves back and forth like a NodeIterator', () => {
    document.body.innerHTML = html;
    const root = document.getElementById('r')!;
    const native = document.createNodeIterator(root, NodeFilter.SHOW_TEXT);
    const snapshot = createStaticNodeIterator(root, NodeFilter.SHOW_TEXT);
    const steps = [
      'previousNode',
      'nextNode',
      'previousNode',
      'nextNode',
      'nextNode',
      'nextNode',
      'previousNode',
      'nextNode',
      'nextNode',
      'nextNode',
    ] as const;
    expect(steps.map((s) => snapshot[s]()?.textContent ?? null)).toEqual(
      steps.map((s) => native[s]()?.textContent ?? null),
    );
  });
});

/** The document's createNodeIterator as a value, to compare identities. */
const nodeIteratorFactory = (): unknown => Reflect.get(document, 'createNodeIterator');

describe('withStaticNodeIterators', () => {
  it('swaps createNodeIterator only while the work runs', () => {
    const native = nodeIteratorFactory();
    const seen = withStaticNodeIterators(document, () => nodeIteratorFactory() === native);
    expect(seen).toBe(false);
    expect(nodeIteratorFactory()).toBe(native);
    expect(Object.prototype.hasOwnProperty.call(document, 'createNodeIterator')).toBe(false);
  });

  it('restores it even when the work throws', () => {
    const native = nodeIteratorFactory();
    expect(() =>
      withStaticNodeIterators(document, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(nodeIteratorFactory()).toBe(native);
  });
});
