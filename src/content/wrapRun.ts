/** A text node of a block and where its text starts in the block's text. */
export interface TextPiece {
  node: Text;
  start: number;
}

/**
 * Wraps the text from `start` to `end` (offsets into the pieces' joined text)
 * in one element made by `create`, lifting the wrap over whole inline
 * elements and marks already in place, so "removed <a>Greg Brockman</a> from
 * the board" becomes one element around the text, the link and the mark in
 * it. Where the range starts inside an element and ends outside it, one
 * element cannot hold it without breaking the page's own elements: then each
 * stretch of siblings gets an element of its own. Text nodes are split, never
 * replaced: the first part of a split keeps the page's node.
 */
export function wrapRun(
  pieces: TextPiece[],
  start: number,
  end: number,
  create: () => HTMLElement,
): HTMLElement[] {
  if (end <= start) return [];
  const last = splitAt(pieces, end, 'end');
  const first = splitAt(pieces, start, 'start');
  if (!first || !last) return [];
  return siblingRuns(first, last).map((run) => {
    const wrapper = create();
    run[0]!.parentNode!.insertBefore(wrapper, run[0]!);
    wrapper.append(...run);
    return wrapper;
  });
}

/**
 * The text node that starts (or ends) exactly at `offset`, splitting one where
 * the offset falls inside it. Pieces after a split are not updated: callers
 * split at the end first, then at the start.
 */
function splitAt(pieces: TextPiece[], offset: number, side: 'start' | 'end'): Text | undefined {
  for (const { node, start } of pieces) {
    const length = node.data.length;
    if (!length) continue;
    if (side === 'start' && offset >= start && offset < start + length) {
      return offset === start ? node : node.splitText(offset - start);
    }
    if (side === 'end' && offset > start && offset <= start + length) {
      if (offset < start + length) node.splitText(offset - start);
      return node;
    }
  }
  return undefined;
}

/** Whether `node` holds any text (an empty text node left by a split does not). */
function hasText(node: Node): boolean {
  return (node.textContent ?? '').length > 0;
}

/** No text before `node` inside its parent. */
function startsParent(node: Node): boolean {
  for (let n = node.previousSibling; n; n = n.previousSibling) if (hasText(n)) return false;
  return true;
}

/** No text after `node` inside its parent. */
function endsParent(node: Node): boolean {
  for (let n = node.nextSibling; n; n = n.nextSibling) if (hasText(n)) return false;
  return true;
}

/** The nodes from `from` to `to`, both siblings, in order. */
function siblingsBetween(from: Node, to: Node): Node[] {
  const nodes: Node[] = [];
  for (let n: Node | null = from; n; n = n.nextSibling) {
    nodes.push(n);
    if (n === to) break;
  }
  return nodes;
}

/**
 * The stretches of siblings that together hold exactly the text from the
 * start of `first` to the end of `last`, as few as the tree allows: one when
 * both ends can be lifted to children of their common ancestor.
 */
function siblingRuns(first: Text, last: Text): Node[][] {
  let common = commonAncestor(first, last);
  if (common === first) common = first.parentNode!;
  // Lift each end while it covers its parent from that side.
  let from: Node = first;
  while (from.parentNode !== common && startsParent(from)) from = from.parentNode!;
  let to: Node = last;
  while (to.parentNode !== common && endsParent(to)) to = to.parentNode!;

  const runs: Node[][] = [];
  // The left side: what follows `from` inside each of its ancestors below the common one.
  let midStart: Node | null = from;
  for (let n: Node = from; n.parentNode !== common; n = n.parentNode!) {
    if (midStart) runs.push(siblingsBetween(midStart, n.parentNode!.lastChild!));
    midStart = n.parentNode!.nextSibling;
  }
  // The right side, the same way from `to`, kept in document order.
  const right: Node[][] = [];
  let midEnd: Node | null = to;
  for (let n: Node = to; n.parentNode !== common; n = n.parentNode!) {
    if (midEnd) right.unshift(siblingsBetween(n.parentNode!.firstChild!, midEnd));
    midEnd = n.parentNode!.previousSibling;
  }
  if (
    midStart &&
    midEnd &&
    (midStart === midEnd || midStart.compareDocumentPosition(midEnd) & Node.DOCUMENT_POSITION_FOLLOWING)
  )
    runs.push(siblingsBetween(midStart, midEnd));
  runs.push(...right);
  return runs.map(trimEmpty).filter((run) => run.length > 0);
}

/** Empty text nodes at either end of a run stay where they are (a split page node may be empty). */
function trimEmpty(run: Node[]): Node[] {
  let a = 0;
  let b = run.length;
  while (a < b && !hasText(run[a]!)) a++;
  while (b > a && !hasText(run[b - 1]!)) b--;
  return run.slice(a, b);
}

function commonAncestor(a: Node, b: Node): Node {
  const ancestors = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) ancestors.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (ancestors.has(n)) return n;
  throw new Error('wrapRun: the range crosses documents');
}
