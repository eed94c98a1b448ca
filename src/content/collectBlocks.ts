import { EXCLUDED_SELECTOR } from './excludedSelector.ts';

/**
 * A run of text that reads as one piece: a paragraph, a heading, a list item.
 * Its text is its text nodes joined as they are, so a name split by inline
 * tags ("Sam <a>Altman</a>") reads whole, while separate paragraphs never
 * run together.
 */
export interface Block {
  nodes: Text[];
  text: string;
}

/** Elements that flow inside a line of text; any other element starts a new block. */
const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS',
  'LABEL', 'MARK', 'NOBR', 'Q', 'S', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR',
]);

export function isInline(el: Element): boolean {
  return INLINE.has(el.tagName.toUpperCase());
}

function blockOf(node: Node, stop: Node): Node {
  let el = node.parentNode;
  while (el && el !== stop && el.nodeType === Node.ELEMENT_NODE && isInline(el as Element)) {
    el = el.parentNode;
  }
  return el ?? stop;
}

/**
 * Walks `root` in document order and yields its blocks. Open shadow roots are
 * walked too; excluded regions (code, editors, form fields, our own UI) are
 * skipped whole. A generator, so a caller can stop between blocks and yield
 * the main thread.
 */
export function* walkBlocks(root: Node): Generator<Block> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      if (el.matches(EXCLUDED_SELECTOR)) return NodeFilter.FILTER_REJECT;
      // Block elements and line breaks end the current block; inline ones do not show up at all.
      return isInline(el) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
    },
  });
  let nodes: Text[] = [];
  let text = '';
  let owner: Node | undefined;
  const flush = function* (): Generator<Block> {
    if (nodes.length && /\S/.test(text)) yield { nodes, text };
    nodes = [];
    text = '';
    owner = undefined;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const block = blockOf(node, root);
      if (owner !== undefined && block !== owner) yield* flush();
      owner = block;
      nodes.push(node as Text);
      text += (node as Text).data;
    } else {
      yield* flush();
      const shadow = (node as Element).shadowRoot;
      if (shadow) yield* walkBlocks(shadow);
    }
  }
  yield* flush();
}
