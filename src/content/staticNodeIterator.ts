/**
 * mark.js walks the DOM with document.createNodeIterator, once per context.
 * NodeIterators are live: until garbage collection, the browser updates every
 * one of them on each node removal, and wrapping a match removes a node. On a
 * page with thousands of marked blocks that makes marking quadratic (measured:
 * 38 s of a 41 s run spent in replaceChild). mark.js reads all nodes before it
 * changes any, so a snapshot behaves the same and costs nothing afterwards.
 */

type Filter = ((node: Node) => number) | { acceptNode(node: Node): number } | null | undefined;

function shows(whatToShow: number, node: Node): boolean {
  return ((whatToShow >>> (node.nodeType - 1)) & 1) === 1;
}

/** A NodeIterator over a snapshot of `root`, with NodeIterator's filter and pointer semantics. */
export function createStaticNodeIterator(root: Node, whatToShow = 0xffffffff, filter?: Filter): NodeIterator {
  const accept =
    typeof filter === 'function'
      ? filter
      : filter
        ? (n: Node) => filter.acceptNode(n)
        : () => NodeFilter.FILTER_ACCEPT;
  const nodes: Node[] = [];
  const consider = (node: Node) => {
    // For a NodeIterator, REJECT only skips the node: its children are still visited.
    if (shows(whatToShow, node) && accept(node) === NodeFilter.FILTER_ACCEPT) nodes.push(node);
  };
  consider(root);
  if (root.firstChild) {
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) consider(n);
  }

  let index = 0; // the pointer sits before nodes[index]
  return {
    root,
    whatToShow,
    filter: null,
    get referenceNode() {
      return nodes[Math.min(index, nodes.length - 1)] ?? root;
    },
    get pointerBeforeReferenceNode() {
      return index < nodes.length;
    },
    nextNode: () => (index < nodes.length ? nodes[index++]! : null),
    previousNode: () => (index > 0 ? nodes[--index]! : null),
    detach: () => undefined,
  };
}

/** Runs `work` with document.createNodeIterator answering snapshots (in this script's world only). */
export function withStaticNodeIterators<T>(doc: Document, work: () => T): T {
  const own = Object.prototype.hasOwnProperty.call(doc, 'createNodeIterator');
  const previous = Reflect.get(doc, 'createNodeIterator');
  doc.createNodeIterator = createStaticNodeIterator;
  try {
    return work();
  } finally {
    if (own) doc.createNodeIterator = previous;
    else delete (doc as { createNodeIterator?: unknown }).createNodeIterator;
  }
}
