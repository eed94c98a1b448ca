/** Marks carry this class too, so unmarking never touches a page's own mark.js marks. */
export const MARK_CLASS = 'sourcemark';
export const MARK_SELECTOR = `mark.${MARK_CLASS}[data-sm-kind]`;

/** Puts a mark's children where it was, and the mark away. */
export function unwrap(mark: Element): void {
  mark.replaceWith(...mark.childNodes);
}

/**
 * Takes off marks that no living instance of Sourcemark owns: those an
 * instance left behind when the extension was updated, reloaded or disabled
 * under the page (Firefox ends the old script without a chance to clean up).
 * Their text is joined back with its neighbours, as the page had it.
 */
export function removeStrayMarks(root: ParentNode, isOwn: (mark: Element) => boolean = () => false): number {
  const stray = [...root.querySelectorAll(MARK_SELECTOR)].filter((m) => !isOwn(m));
  // Inner marks first: an outer one's children are then plain text and elements.
  for (const mark of stray.reverse()) {
    const before = mark.previousSibling;
    const after = mark.nextSibling;
    const parent = mark.parentNode;
    unwrap(mark);
    if (parent) joinText(parent, before, after);
  }
  return stray.length;
}

/** Joins the adjacent text nodes from `first` to `last` (from the parent's first or to its last child where either is missing). */
function joinText(parent: Node, first: ChildNode | null, last: ChildNode | null): void {
  const stop = last ? last.nextSibling : null;
  let current = first ?? parent.firstChild;
  while (current && current !== stop) {
    const following = current.nextSibling;
    if (current.nodeType === Node.TEXT_NODE && following?.nodeType === Node.TEXT_NODE && following !== stop) {
      (current as Text).appendData((following as Text).data);
      following.remove();
      continue;
    }
    current = following;
  }
}
