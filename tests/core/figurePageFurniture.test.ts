import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/** The figures of a text that may count something (a list item's number is found, and set aside). */
const wordings = (text: string) =>
  findFigures(text)
    .filter((f) => !f.listNumber)
    .map((f) => f.wording);

describe('numbers a page prints that count nothing', () => {
  it.each([
    // A forum's rules or a list run into one line: each number opens an item.
    'Community rules: 1. Stay on topic 2. No spam 3. Be kind to the board',
    'Before posting: 1) Search first 2) Link your source',
    // A post's score.
    'u/board_watcher · 990 pts',
    'posted by @quant_dad · 4.2k upvotes',
    '12 likes · 3 reposts',
    // Days joined by a word are a date, as a dash-joined range is.
    'Staff posts filled timelines on 20 and 21 November.',
    'The directors met on Nov. 18 and 19 to talk about the board.',
    'between the 17th or 18th of November',
    // A wire's write-through note names paragraphs.
    'Adds board reaction in paragraphs 5-6, staff letter in paragraph 9',
  ])('%s', (text) => {
    expect(wordings(text)).toEqual([]);
  });

  it.each<[string, string[]]>([
    // One number before a capital is no list: it has no neighbour.
    ['By Monday 700 employees had signed. 1. The board resigns', ['700', '1']],
    ['The board of 4. Then the staff of 770.', ['4', '770']],
    ['On 20 November, 505 employees had signed and 12 points were raised', ['505', '12']],
    ['the 20 and 21 staffers who left', ['20', '21']],
  ])('keeps the figures of %s', (text, expected) => {
    expect(wordings(text)).toEqual(expected);
  });

  it('marks nothing in a thread’s rules and scores', () => {
    expect(
      figureClaimsAfterLead([
        'Rules: 1. No paywalled links without a summary 2. Be civil 3. No low-effort memes',
        'OpenAI staff letter is up: 505 names so far.',
        'u/letter_counter · 990 pts',
        'Out of about 770 employees.',
        'u/board_nerd · 610 pts',
      ]),
    ).toEqual([
      ['staff-letter-signatories', '505'],
      ['openai-headcount', 'about 770'],
    ]);
  });
});

describe('a fact box’s cell is what its own label counts', () => {
  const box = (label: string, value: string) =>
    figureClaimsAfterLead([
      'The week in numbers',
      'Directors who voted to fire Altman',
      '4',
      label,
      value,
      'Employees who signed the letter',
      '700-plus',
    ]);

  it('takes the topic its own label names', () => {
    expect(box('Seats the new board could grow to', '9')).toEqual([
      ['board-size', '4'],
      ['board-expansion', '9'],
      ['staff-letter-signatories', '700-plus'],
    ]);
  });

  it.each(['Days until the return', 'Hours the interim chief lasted', 'Weeks since the firing'])(
    'counts nothing under “%s”, not the label above it nor the one after',
    (label) => {
      expect(box(label, '5')).toEqual([
        ['board-size', '4'],
        ['staff-letter-signatories', '700-plus'],
      ]);
    },
  );

  it('keeps a row’s source cell from speaking for the column', () => {
    expect(
      figureClaimsAfterLead([
        'How many OpenAI employees signed the letter?',
        'Outlet',
        'Count',
        'Reuters, via a person familiar',
        'about 500',
        'Wired, citing the organisers',
        '505',
      ]),
    ).toEqual([
      ['staff-letter-signatories', 'about 500'],
      ['staff-letter-signatories', '505'],
    ]);
  });
});

describe("a listicle's count of its own items is furniture", () => {
  it.each<string>([
    "Black Friday TV deals: 11 we'd actually buy",
    'Tech stocks: 5 to watch this week',
    '3 you may have missed',
    'Best laptops for students: 7 we recommend',
  ])('not: %s', (text) => {
    expect(figureClaimsAfterLead([text])).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    // Near-misses: a count that does something itself.
    ['The letter: 505 signed it by Monday morning.', [['staff-letter-signatories', '505']]],
    ['Board: 4 voted to remove Altman', [['board-size', '4']]],
  ])('still: %s', (text, expected) => {
    expect(figureClaimsAfterLead([text])).toEqual(expected);
  });
});

describe('a quote box’s cell under a label naming its own measure is that measure', () => {
  const box = (label: string, value: string) =>
    figureClaimsAfterLead([
      'Microsoft’s stake in OpenAI',
      'Microsoft has invested $13 billion in OpenAI, the company said.',
      label,
      value,
    ]);

  it.each([
    ['MSFT weighting in S&P 500', '7.1%'],
    ['MSFT YTD return', '+53.8%'],
    ['Dividend yield', '0.8%'],
    ['Microsoft P/E ratio', '36'],
    ['52-week high', '$384'],
    ['Rank on the Fortune 500', '13'],
    ['One-year change', '−4.2%'],
  ])('counts nothing under “%s”: the lead above does not speak for %s', (label, value) => {
    expect(box(label, value)).toEqual([['microsoft-investment', '$13 billion']]);
  });

  it('still reads a cell whose own label names a topic', () => {
    expect(box('Microsoft investment to date', '$13bn')).toEqual([
      ['microsoft-investment', '$13 billion'],
      ['microsoft-investment', '$13bn'],
    ]);
  });
});
