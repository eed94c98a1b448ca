import { describe, expect, it } from 'vitest';
import { segmentWhole, sentencesAround, spanAt, splitSentences } from '../../src/core/text/splitSentences.ts';

/** Sentences news writes, with the marks that make boundaries hard: abbreviations, quotes, decimals, ellipses. */
const SENTENCES = [
  'The board of OpenAI removed Sam Altman on Friday.',
  'Shares in Microsoft Corp. rose 1.3% on Nov. 22, the U.S. market’s first day after the deal.',
  '“We are back,” he wrote… Then he posted again.',
  'Did the board explain itself? Not yet!',
  'Nearly 500 of the roughly 770 staff signed (the letter said so).\nAnother line followed',
  'Mr. Nadella said the pair would join — a plan that lasted two days.',
  'Jerry A. Tworek and Dr. Ilya Sutskever met at 9 a.m. Friday in the U.S. The board did not.',
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

describe('sentences in the language of news', () => {
  const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());

  it.each([
    'Mr. Altman returned as chief executive.',
    'Ms. Murati and Mrs. McCauley met Dr. Sutskever on Sunday.',
    'Sen. Mark Warner and Gov. Newsom spoke with Prof. Hinton.',
    'Jerry A. Tworek, a researcher, signed the letter.',
    'J. R. R. Tolkien never worked at OpenAI.',
    'U.S. officials said the board met at 9 a.m. Friday in St. Louis.',
    'Shares of Microsoft Corp. Chief Executive Satya Nadella’s company rose.',
    'On Nov. 17, the board removed him.',
    'Martin Luther King Jr. Day fell on a Monday.',
  ])('reads “%s” as one sentence', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it.each([
    ['He moved to the U.S. The board met later.', ['He moved to the U.S.', 'The board met later.']],
    ['It closed at 5 p.m. He left soon after.', ['It closed at 5 p.m.', 'He left soon after.']],
    ['He works at Acme Corp. But not for long.', ['He works at Acme Corp.', 'But not for long.']],
    ['Call it Plan A. Then there is B.', ['Call it Plan A.', 'Then there is B.']],
    ['Altman was fired. Brockman quit.', ['Altman was fired.', 'Brockman quit.']],
  ])('still ends a sentence after an abbreviation that ends one: %s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('a tab parts the cells of a row', () => {
  const cells = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
  it('each cell is a sentence, its tab kept at its end', () => {
    expect(cells('Ilya Sutskever\tChief Scientist\tVoted to remove Altman')).toEqual([
      'Ilya Sutskever\t',
      'Chief Scientist\t',
      'Voted to remove Altman',
    ]);
  });
  it('a run of tabs, a tab before the first cell or after the last part nothing more', () => {
    expect(cells('\tBoard\t\tFour members\t')).toEqual(['\tBoard\t\t', 'Four members\t']);
  });
  it('a windowed read agrees with the whole', () => {
    const text = `${'The board met. '.repeat(200)}Greg Brockman\tPresident\tQuit hours later.`;
    expect(splitSentences(text)).toEqual(segmentWhole(text));
    const offset = text.indexOf('Quit');
    expect(sentencesAround(text, offset, 1).map((s) => text.slice(s.start, s.end))).toEqual([
      'President\t',
      'Quit hours later.',
    ]);
  });
});

describe('a footnote number glued to a sentence’s stop ends the sentence', () => {
  const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());

  it.each([
    [
      'His communications had not been consistently candid.1 The board that took this step had six members.',
      [
        'His communications had not been consistently candid.1',
        'The board that took this step had six members.',
      ],
    ],
    [
      'It leads with 40% against 27% for OpenAI.10 And this month the paper reported more.',
      ['It leads with 40% against 27% for OpenAI.10', 'And this month the paper reported more.'],
    ],
    [
      'The letter was “unprecedented.”23 “We will leave,” it said.',
      ['The letter was “unprecedented.”23', '“We will leave,” it said.'],
    ],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
    expect(splitSentences(text)).toEqual(segmentWhole(text));
  });

  it.each([
    'Shares rose 1.5 percent on the news.',
    'The stake was 49.5 The rest belongs to others.',
    'Version 3.1 Beta shipped to staff.',
    'He joined in Nov. 2023 and left.',
  ])('but a decimal is no footnote: %j', (text) => {
    expect(sentences(text)).toHaveLength(1);
  });
});

describe('circa shortened', () => {
  const texts = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());
  it.each([
    // A number ending a cell or a block is where the platform breaks after a stop.
    'Workforce: c. 770',
    'Built ca. 1890',
    'Payroll: c. $2 billion',
    'Workforce: approx. 770',
    'Staff c. 770 at the time.',
  ])('goes on when a number follows: %s', (text) => {
    expect(texts(text)).toEqual([text]);
  });
  it.each([
    ['He picked answer (c). 12', 2],
    ['He said it was plan c. The board disagreed.', 2],
  ])('a lone "c." still ends its sentence: %s', (text, n) => {
    expect(texts(text)).toHaveLength(n);
  });
});
