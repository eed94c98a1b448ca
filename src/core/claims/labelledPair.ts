import type { Span } from '../text/splitSentences.ts';

/**
 * A fact box's line of several "label: value" pairs ("Signers of the letter: about 500; workforce:
 * approx. 770", "Staff: 770 | Signed: 505 · Board: 4"): each value is its own label's, so only the
 * cues of its own pair speak for it. Undefined where the figure is not one pair's whole value, or
 * where a part of the line is no pair.
 */
const SEPARATOR = /[;|·•\t]/g;
const LABEL_BEFORE = /^[\s•*–—-]*[^.!?:;|·•\t\n]{2,80}?\s*:\s*$/;
const VALUE_ENDS = /^\s*(?:\([^)]{0,40}\))?\s*\.?\s*$/;

/**
 * Where a sentence's pairs are divided: its separators, when every part is a pair and there are two or
 * more; undefined otherwise. Read once per sentence, whatever the number of its figures.
 */
export function pairSeparators(text: string, span: Span): number[] | undefined {
  const separators: number[] = [];
  let from = span.start;
  SEPARATOR.lastIndex = span.start;
  for (let m = SEPARATOR.exec(text); ; m = SEPARATOR.exec(text)) {
    const at = m && m.index < span.end ? m.index : span.end;
    // Every part must be a pair: "Stat card: 505 | signatures on the letter" is one value and its caption.
    if (!text.slice(from, at).includes(':')) return undefined;
    if (at === span.end) break;
    separators.push(at);
    from = at + 1;
  }
  return separators.length > 0 ? separators : undefined;
}

/** The pair whose whole value the figure is, given its sentence's separators (pairSeparators). */
export function labelledPair(
  text: string,
  span: Span,
  separators: readonly number[] | undefined,
  figure: Span,
): Span | undefined {
  if (!separators) return undefined;
  let start = span.start;
  let end = span.end;
  for (const at of separators) {
    if (at < figure.start) start = at + 1;
    else if (at >= figure.end) {
      end = at;
      break;
    }
  }
  if (!LABEL_BEFORE.test(text.slice(start, figure.start)) || !VALUE_ENDS.test(text.slice(figure.end, end)))
    return undefined;
  return { start, end };
}
