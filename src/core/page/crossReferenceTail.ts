/**
 * A block that ends on a pointer to other entries ("… under a new board. See also: Greg Brockman,
 * Board observer"), as glossaries, wikis and fact boxes close an entry. What follows the label names
 * other pages; it reports nothing. A block that opens with the label is furniture whole
 * (statementFurniture.ts); this is the tail after a sentence of the block's own.
 */

/** The label opening a sentence of its own, after a stop: "See also:", "Related:", "Compare:". */
const TAIL_LABEL =
  /(?<=[.!?)\]]["”’]?\s+)(?:see\s+also|see|compare|related(?:\s+(?:entries|terms|topics|articles))?|cf\.)\s*[:|»›–—]/iu;

/** The offset where a cross-reference tail of `text` starts, or undefined. */
export function crossReferenceTailStart(text: string): number | undefined {
  const tail = TAIL_LABEL.exec(text);
  return tail ? tail.index : undefined;
}

/** The statement from `start` lies in the block's cross-reference tail. */
export function isInCrossReferenceTail(text: string, start: number): boolean {
  const from = crossReferenceTailStart(text);
  return from !== undefined && start >= from;
}
