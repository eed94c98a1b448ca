import { isExcluded } from './excludedSelector.ts';

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
  'A',
  'ABBR',
  'ACRONYM',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
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
 * the main thread. The walker has no filter callback: calling into script for
 * every node costs more than the whole walk (measured on a 30,000-element page).
 */
export function* walkBlocks(root: Node): Generator<Block> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let nodes: Text[] = [];
  let text = '';
  let owner: Node | undefined;
  const flush = function* (): Generator<Block> {
    if (nodes.length && /\S/.test(text)) yield { nodes, text };
    nodes = [];
    text = '';
    owner = undefined;
  };
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const block = blockOf(node, root);
      if (owner !== undefined && block !== owner) yield* flush();
      owner = block;
      nodes.push(node as Text);
      text += (node as Text).data;
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    if (isExcluded(el)) {
      yield* flush();
      node = skipSubtree(walker, root);
      continue;
    }
    // Block elements and line breaks end the current block; inline ones do not.
    if (!isInline(el)) {
      yield* flush();
      if (el.shadowRoot) yield* walkBlocks(el.shadowRoot);
    }
    node = walker.nextNode();
  }
  yield* flush();
}

/** Moves the walker past the current node's subtree; returns the next node, or null at the end. */
function skipSubtree(walker: TreeWalker, root: Node): Node | null {
  for (
    let current: Node | null = walker.currentNode;
    current && current !== root;
    current = walker.parentNode()
  ) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}
