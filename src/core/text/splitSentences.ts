export interface Span {
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentence spans of `text`, by the platform's Unicode sentence rules. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const { index, segment } of segmenter.segment(text)) spans.push({ start: index, end: index + segment.length });
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
