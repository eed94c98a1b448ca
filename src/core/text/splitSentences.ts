export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Sentence spans of `text`, by the platform's Unicode sentence rules. Line
 * breaks inside a block are source formatting that the browser renders as
 * spaces, so they are read as spaces (same length, same offsets).
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const flowing = text.replace(/[\n\r\f\v\u0085\u2028\u2029]/g, ' ');
  for (const { index, segment } of segmenter.segment(flowing))
    spans.push({ start: index, end: index + segment.length });
  return spans;
}

/** The span containing `offset` (spans are sorted and cover the text). */
export function spanAt(spans: Span[], offset: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return spans[lo] ?? { start: 0, end: offset };
}
