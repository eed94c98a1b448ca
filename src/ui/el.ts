export type Child = Node | string | null | undefined | false;

/** A DOM element with text children: every string becomes a text node, never HTML. */
export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Left offset and width, in percent of `scale`, of a range drawn on it. */
export function rangeStyle(
  range: { low: number; high: number },
  scale: { low: number; high: number },
): string {
  const span = scale.high - scale.low || 1;
  const left = ((range.low - scale.low) / span) * 100;
  const width = ((range.high - range.low) / span) * 100;
  return `left:${left}%;width:${Math.max(width, 0)}%`;
}
