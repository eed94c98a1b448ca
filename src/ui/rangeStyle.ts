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
