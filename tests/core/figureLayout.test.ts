/**
 * Figures whose topic the layout gives: a value standing alone whose caption says it again, a chart's
 * items run together with no space between them, a label that asks how many; and the furniture numbers
 * that look like them (a quiz's options, a reader's score, a station's number, a case number). Every
 * sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { restatedIn } from '../../src/core/page/restatedValue.ts';
import { scanPageFigures } from './helpers/annotate.ts';

const INTRO = 'OpenAI fired Sam Altman on a Friday in November 2023, and Microsoft hired him two days later.';
/** `[text, topic]` of each figure a page of these blocks marks after INTRO. */
const figures = (blocks: string[], published = '2023-12-20') =>
  scanPageFigures([INTRO, ...blocks], published).map((f) => [f.text, f.claimId]);
const wordings = (text: string) => findFigures(text).map((f) => f.wording);

describe('a bare value whose caption states it again', () => {
  it.each([
    [
      '4',
      'The people who made the call that afternoon. Only four directors voted to remove Altman.',
      'board-size',
    ],
    [
      '770',
      'The size of the company that week. OpenAI employed about 770 people when the board acted.',
      'openai-headcount',
    ],
    [
      '$13bn',
      'What Redmond had ploughed in over the years: Microsoft has invested $13bn in OpenAI.',
      'microsoft-investment',
    ],
    [
      'More than 700',
      'How many of them put their names down. By Monday morning about 500 staff had signed the letter; by the evening it was more than 700.',
      'staff-letter-signatories',
    ],
    ['1%', 'The morning after the deal. Microsoft shares rose 1% before the bell.', 'microsoft-share-move'],
  ])('%j takes the topic of its restatement', (value, caption, topic) => {
    expect(figures([value, caption])).toContainEqual([value, topic]);
  });

  it('only the same value in a unit it can be counts as saying it again', () => {
    expect(
      restatedIn('Just four people cast that vote.', findFigures('4')[0]!).again.map((f) => f.wording),
    ).toEqual(['four']);
    expect(restatedIn('It took 4% of the seats.', findFigures('4')[0]!).again).toEqual([]);
    expect(restatedIn('Five people voted.', findFigures('4')[0]!).again).toEqual([]);
  });

  it.each([
    [
      '$69 billion',
      'The price of a games publisher a rival bought this year, after a long review. It closed at $69 billion.',
    ],
    ['4', 'Days the staff spent waiting. It took four days for the board to give way.'],
  ])('%j whose restatement is of something else stays unmarked', (value, caption) => {
    expect(figures([value, caption]).filter((f) => f[0] === value)).toEqual([]);
  });
});

describe('the same count later in its sentence', () => {
  it.each([
    'The tally stood at about 500 signatures at dawn; by lunchtime it was more than 700.',
    'Staff signatures on the letter reached 505 early on, and by the evening the count had reached 700.',
  ])('%j: the later count is the letter’s too', (sentence) => {
    expect(figures([sentence]).map((f) => f[1])).toEqual([
      'staff-letter-signatories',
      'staff-letter-signatories',
    ]);
  });
});

describe('a label that asks how many', () => {
  it.each([
    'Roughly how many people OpenAI employed that week: about 770.',
    'How many staff the company had: 770',
  ])('%j labels the headcount', (line) => {
    expect(figures([line])).toContainEqual([expect.stringContaining('770'), 'openai-headcount']);
  });
});

describe('a chart whose items run together', () => {
  it('reads each item on its own', () => {
    expect(wordings('Apr 2023 · $28bnNov 2023 · $86bn')).toEqual(['$28bn', '$86bn']);
    expect(wordings('Anthropic · 40%OpenAI · 27%Others · 33%')).toEqual(['40%', '27%', '33%']);
    expect(wordings('505 of 770 · 66%700 of 770 · 91%')).toEqual(['505', '770', '66%', '700', '770', '91%']);
    // A word that runs on from its unit in lower case is no item's end.
    expect(wordings('It was worth $28bnish then')).toEqual([]);
  });

  it("dates each value by its own item's label, under the chart's title", () => {
    expect(
      figures(
        [
          "OpenAI's reported valuation, in billions of dollars",
          'Apr 2023 · $28bnNov 2023 · $86bnFeb 2026 · $500bn',
        ],
        '2026-02-12',
      ),
    ).toEqual([
      ['$28bn', 'openai-valuation'],
      ['$86bn', 'openai-valuation'],
      ['$500bn', 'openai-valuation'],
    ]);
  });

  it('gives a named item its share, but not the rest nor a ratio worked out from a label', () => {
    expect(
      figures([
        'Enterprise market share of AI models, companies surveyed',
        'Anthropic · 40%OpenAI · 27%Others · 33%',
      ]),
    ).toEqual([
      ['40%', 'enterprise-share-anthropic'],
      ['27%', 'enterprise-share-openai'],
    ]);
    expect(
      figures([
        'Letter signatures as a share of the reported headcount',
        '505 of 770 · 66%700 of 770 · 91%',
      ]).filter((f) => f[0]!.endsWith('%')),
    ).toEqual([]);
  });
});

describe('furniture numbers', () => {
  it('a line of quiz options marks no figure', () => {
    expect(
      figures([
        'How many OpenAI staff signed the letter?',
        '(a) 49 · (b) About 200 · (c) More than 700 · (d) All of them',
      ]),
    ).toEqual([]);
  });
  it.each([
    ['a reader’s quiz score', 'Marge from Dayton: 9 out of 10! Missed the board one.'],
    ['a rating', 'I give the board 3/5, generously.'],
  ])('%s is no figure', (_kind, text) => {
    expect(wordings(text).filter((w) => /^[359]$/.test(w))).toEqual([]);
  });
  it('a proportion with its noun is still read', () => {
    expect(wordings('Seven out of 10 staff signed.')).not.toEqual([]);
  });
  it.each(['By Lena Ortiz and WKRP 5 Digital Staff · Updated 9:05AM', 'Reporting by KXTV 10 Web Team'])(
    'a station’s number in %j',
    (text) => {
      expect(wordings(text)).toEqual([]);
    },
  );
  it.each([
    'Governance at a Dairy Cooperative (9-421-018)',
    'Reading list: HBS 9-418-007, then the board minutes.',
  ])('a case number in %j', (text) => {
    expect(wordings(text)).toEqual([]);
  });
  it('a reader poll’s share is no enterprise share', () => {
    expect(
      figures(['26%', 'Share of respondents to our reader poll who said they use a chatbot at work.']),
    ).toEqual([]);
  });
});
