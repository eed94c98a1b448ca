/*
 * A table row read as one line of text, its cells set apart by bars or tabs ("Headcount | 700-plus |
 * Nov 2023", "Senior departures, 2025 | at least 12 | Business Insider count", "Gemini\t650 million
 * MAU\tup from 450 million"): the first cell labels the value in the second, as "label: value" does,
 * and the cells after it are notes. The value's cell holds only the value, maybe with its unit's word
 * ("650 million MAU", "+1% premarket"); a cell that says more ("5 months after promotion") is a
 * sentence of its own, and a value further along the row is labelled by its column, not the first cell.
 */
import type { Span } from '../text/splitSentences.ts';

/** A cell boundary: a bar with space around it, or a tab. */
const CELL_BREAK = /[ \t]+\|[ \t]+|\t+/g;
/** What may follow the value in its cell: up to two words of its unit, and punctuation. */
const VALUE_TAIL = /^[^\p{L}\p{N}]*(?:[\p{L}%]+[^\p{L}\p{N}]*){0,2}$/u;
/** What may come before the value in its cell: signs and marks only. */
const VALUE_HEAD = /^[^\p{L}\p{N}]*$/u;

/** The first cell of the row whose second cell is the value between `start` and `end`, if it is one. */
export function rowLabelCell(text: string, start: number, end: number): Span | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  const line = text.slice(lineStart, lineEnd);
  const breaks = [...line.matchAll(CELL_BREAK)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  if (breaks.length === 0) return undefined;
  const first = breaks[0]!;
  const cellEnd = breaks[1]?.from ?? line.length;
  const at = start - lineStart;
  if (at < first.to || end - lineStart > cellEnd) return undefined;
  if (!VALUE_HEAD.test(line.slice(first.to, at)) || !VALUE_TAIL.test(line.slice(end - lineStart, cellEnd)))
    return undefined;
  const label = /^\s*(.*?)\s*$/.exec(line.slice(0, first.from))!;
  if (!label[1]) return undefined;
  const labelStart = lineStart + label[0].indexOf(label[1]);
  return { start: labelStart, end: labelStart + label[1].length };
}
