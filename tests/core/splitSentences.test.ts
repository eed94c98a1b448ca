import { describe, expect, it } from 'vitest';
import { sentencesAround, spanAt, splitSentences } from '../../src/core/text/splitSentences.ts';

/** What the platform gives for the whole text at once: the reference the pieces must reproduce. */
function segmentWhole(text: string) {
  const flowing = text.replace(/[\n\r\f\v\u0085\u2028\u2029]/g, ' ');
  return [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(flowing)].map((s) => ({
    start: s.index,
    end: s.index + s.segment.length,
  }));
}

/** Sentences news writes, with the marks that make boundaries hard: abbreviations, quotes, decimals, ellipses. */
const SENTENCES = [
  'The board of OpenAI removed Sam Altman on Friday.',
  'Shares in Microsoft Corp. rose 1.3% on Nov. 22, the U.S. market’s first day after the deal.',
  '“We are back,” he wrote… Then he posted again.',
  'Did the board explain itself? Not yet!',
  'Nearly 500 of the roughly 770 staff signed (the letter said so).\nAnother line followed',
  'Mr. Nadella said the pair would join — a plan that lasted two days.',
  '   ',
  'A sentence with no end mark then a long run of words that goes on and on without stopping for breath',
];

function longText(length: number, seed: number): string {
  let text = '';
  let k = seed;
  while (text.length < length) {
    k = (k * 1103515245 + 12345) % 2 ** 31;
    text += SENTENCES[k % SENTENCES.length] + (k % 3 ? ' ' : '  ');
  }
  return text;
}

describe('splitSentences', () => {
  it.each([1, 2, 3])('gives the spans of segmenting a long text at once (seed %i)', (seed) => {
    const text = longText(20_000 + seed * 997, seed);
    expect(splitSentences(text)).toEqual(segmentWhole(text));
  });

  it('reads a sentence longer than a piece whole', () => {
    const text = `Short one. ${'word '.repeat(1500)}end. And after.`;
    expect(splitSentences(text)).toEqual(segmentWhole(text));
  });

  it('finds the sentence around any offset, and the ones before it, from a window', () => {
    const text = longText(12_000, 7);
    const spans = splitSentences(text);
    for (let offset = 0; offset < text.length; offset += 97) {
      const at = spans.indexOf(spanAt(spans, offset));
      expect(sentencesAround(text, offset, 3)).toEqual(spans.slice(Math.max(0, at - 3), at + 1));
    }
  });
});
