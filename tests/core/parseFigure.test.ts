import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { parseNumberWords } from '../../src/core/figures/parseNumberWords.ts';

const figures = (text: string) =>
  findFigures(text).map((f) => [f.wording, f.value, f.unit, f.qualifier, f.low, f.high]);

describe('parseNumberWords', () => {
  it.each<[string, number | undefined]>([
    ['five hundred and five', 505],
    ['seven hundred', 700],
    ['a dozen', 12],
    ['half a dozen', 6],
    ['half a trillion', 5e11],
    ['a trillion', undefined],
    ['two trillion five hundred billion', 2.5e12],
    ['twenty-one', 21],
    ['a hundred', 100],
    ['two thousand five hundred', 2500],
    ['five six', undefined],
    ['dozen hundred', undefined],
    ['board', undefined],
  ])('%s → %s', (text, value) => expect(parseNumberWords(text)).toBe(value));
});

describe('findFigures', () => {
  it.each<[string, Array<[string, number, string, string, number, number]>]>([
    ['505 employees', [['505', 505, 'people', 'exact', 505, 505]]],
    ['nearly 500 staff', [['nearly 500', 500, 'people', 'nearly', 450, 500]]],
    ['about 1,000 employees', [['about 1,000', 1000, 'people', 'about', 900, 1100]]],
    ['more than 700 employees', [['more than 700', 700, 'people', 'more-than', 700, 1050]]],
    ["OpenAI's 700-plus employees", [['700-plus', 700, 'people', 'more-than', 700, 1050]]],
    ['at least 12 executives', [['at least 12', 12, 'people', 'at-least', 12, 18]]],
    ['up to nine new directors', [['up to nine', 9, 'people', 'up-to', 0, 9]]],
    [
      'some five hundred and five employees',
      [['some five hundred and five', 505, 'people', 'about', 454.5, 555.5]],
    ],
    ['more than a dozen researchers', [['more than a dozen', 12, 'people', 'more-than', 12, 18]]],
    ['half a dozen staff', [['half a dozen', 6, 'people', 'exact', 6, 6]]],
    ['for almost a decade', [['almost a decade', 10, 'years', 'nearly', 9, 10]]],
    ['two decades of research', [['two decades', 20, 'years', 'exact', 20, 20]]],
    ['half a decade', [['half a decade', 5, 'years', 'exact', 5, 5]]],
    ['invested $13 billion', [['$13 billion', 13e9, 'usd', 'exact', 13e9, 13e9]]],
    // Trillions in words, as later valuations are said ("worth half a trillion dollars").
    ['worth half a trillion dollars', [['half a trillion dollars', 5e11, 'usd', 'exact', 5e11, 5e11]]],
    ['a $13bn stake', [['$13bn', 13e9, 'usd', 'exact', 13e9, 13e9]]],
    ['more than US$10 billion', [['more than US$10 billion', 10e9, 'usd', 'more-than', 10e9, 15e9]]],
    ['valued at €424bn', [['€424bn', 424e9, 'eur', 'exact', 424e9, 424e9]]],
    ['650 million monthly users', [['650 million', 650e6, 'users', 'exact', 650e6, 650e6]]],
    [
      '40% against 27 percent',
      [
        ['40%', 40, 'percent', 'exact', 40, 40],
        ['27 percent', 27, 'percent', 'exact', 27, 27],
      ],
    ],
    ['roughly 770 employees', [['roughly 770', 770, 'people', 'about', 693, 847]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it.each([
    ['dates', 'On Nov. 17, 2023, and on 21 November, and November 29'],
    ['times', 'at 5PM, just after 10 p.m. and at 9:30'],
    ['years', 'founded in 2015; in 2023'],
    ['ordinals', 'the 17th and the 1st'],
    ['model names', 'GPT-4 and X-1'],
    ['small words without a noun', 'one of the founders said two things'],
    ['page numbers', 'the letter (p. 700), as page 505 of the record and pp. 12 show'],
    ['footnotes and sections', 'see footnote 7, note 12, § 4, para. 3, No. 10 and fig. 2'],
  ])('skips %s', (_, text) => expect(figures(text)).toEqual([]));

  it('recognises ages', () => {
    expect(
      findFigures('Taylor, 43, is an engineer; the 38-year-old; Summers, aged 68').map((f) => [
        f.value,
        f.isAge,
      ]),
    ).toEqual([
      [43, true],
      [38, true],
      [68, true],
    ]);
  });
});

describe('findFigures: how people write numbers', () => {
  it.each<[string, Array<[string, number, string, string]>]>([
    ['thirteen billion dollars', [['thirteen billion dollars', 13e9, 'usd', 'exact']]],
    ['two billion euros', [['two billion euros', 2e9, 'eur', 'exact']]],
    ['north of 700 staff', [['north of 700', 700, 'people', 'more-than']]],
    ['just shy of 500 staff', [['just shy of 500', 500, 'people', 'nearly']]],
    ['well over 700 staff', [['well over 700', 700, 'people', 'more-than']]],
    ['a 700-odd staff', [['700-odd', 700, 'people', 'about']]],
    ['700 or so staff', [['700 or so', 700, 'people', 'about']]],
    ['500 or more staff', [['500 or more', 500, 'people', 'at-least']]],
    ['~500 staff', [['~500', 500, 'people', 'about']]],
    ['10 current and former staff', [['10', 10, 'people', 'exact']]],
    ['more than 700 names', [['more than 700', 700, 'people', 'more-than']]],
    ['some two dozen staff', [['some two dozen', 24, 'people', 'about']]],
    ['a $86-billion valuation', [['$86-billion', 86e9, 'usd', 'exact']]],
    ['nearly three-quarters of staff and two thirds of directors', []],
    [
      '490 signers and 12 co-signers',
      [
        ['490', 490, 'people', 'exact'],
        ['12', 12, 'people', 'exact'],
      ],
    ],
  ])('%s', (text, expected) =>
    expect(findFigures(text).map((f) => [f.wording, f.value, f.unit, f.qualifier])).toEqual(expected),
  );

  it.each<[string, string[]]>([
    ['a board of four', ['four']],
    ['a four-person board', ['four']],
    ['the four-member board', ['four']],
    ['eleven founders, two still there', ['eleven', 'two']],
    ['two remain at the company', ['two']],
    ['Seven went to Meta.', ['Seven']],
    ['They courted him. Four have since left.', ['Four']],
    ['"Three joined Meta in June," she said.', ['Three']],
    ['Two said they would stay.', []],
    ['He said two went.', []],
    ['Three things changed.', []],
  ])('counts a group without a noun after it: %s', (text, words) =>
    expect(findFigures(text).map((f) => f.wording)).toEqual(words),
  );

  it.each([
    ['a range of days', 'over the weekend of 18–19 November and on Nov. 20–21'],
    ['numbers glued to letters', 'playing 4d chess, 3x faster, on a 5G phone'],
  ])('skips %s', (_, text) => expect(findFigures(text)).toEqual([]));

  it.each<[string, number]>([
    ['Brockman, who is 35, quit.', 35],
    ['Sutskever, then 37, voted.', 37],
    ['Altman, now 40, wrote.', 40],
    ['JANE DOE, 52. Director.', 52],
    ['Altman (38) spoke.', 38],
    ['the chair, who turned 50 in May', 50],
  ])('reads an age: %s', (text, value) =>
    expect(findFigures(text).map((f) => [f.value, f.isAge])).toEqual([[value, true]]),
  );

  it.each([
    ['a count after "who is"', 'the count who is 41st in line'],
    ['a number after a weekday', 'By Monday, 49.'],
    ['a count after "now"', 'OpenAI now 700 staff strong'],
  ])('does not take %s for an age', (_, text) =>
    expect(findFigures(text).filter((f) => f.isAge)).toEqual([]),
  );
});

describe('findFigures: bounds before and after the number, and "-strong"', () => {
  it.each<[string, Array<[string, number, string, string, number, number]>]>([
    ['a board of a maximum of seven seats', [['a maximum of seven', 7, 'count', 'up-to', 0, 7]]],
    ['a minimum of 40 engineers', [['a minimum of 40', 40, 'people', 'at-least', 40, 60]]],
    ['eleven directors at most', [['eleven', 11, 'people', 'up-to', 0, 11]]],
    ['a panel with six seats at the most', [['six', 6, 'count', 'up-to', 0, 6]]],
    ['300 signatures at the very least', [['300', 300, 'people', 'at-least', 300, 450]]],
    ['the 1,200-strong staff', [['1,200', 1200, 'people', 'exact', 1200, 1200]]],
  ])('%s', (text, expected) => expect(figures(text)).toEqual(expected));

  it.each([
    // A bound that belongs to something later in the sentence, not the number.
    ['six seats were filled, and it lasted a week at most'],
  ])('leaves "%s" without a bounded small number', (text) => {
    expect(figures(text).filter(([, , , q]) => q === 'up-to')).toEqual([]);
  });
});

describe('an insert or an ad block holds no figure, in digits or in words', () => {
  it.each([
    'Read also: Three Jakarta unicorns trim staff as funding winter drags on',
    'Also read — Two founders leave rival lab',
    'ADVERTISEMENT — Balloon tours from 3,500 TL · 15% early-booking discount',
    'Sponsored: Five ways to cut your cloud bill',
    'Related stories\nBoard removes chief as 700 staff sign letter',
  ])('%j', (text) => {
    expect(findFigures(text)).toEqual([]);
  });

  it.each([
    ['Advertisement revenue fell by three percent.', 1],
    ['Related to that, 700 staff signed the letter.', 1],
    ['Also, three directors read the letter.', 1],
  ])('but a sentence opening with such a word keeps its figures: %j', (text, n) => {
    expect(findFigures(text)).toHaveLength(n);
  });
});

describe('circa and approximately, shortened', () => {
  it.each<[string, string, string]>([
    ['Workforce: c. 770', 'c. 770', 'about'],
    ['a staff of ca. 1,200 people', 'ca. 1,200', 'about'],
    ['Workforce: approx. 770', 'approx. 770', 'about'],
  ])('%s', (text, wording, qualifier) => {
    expect(findFigures(text).map((f) => [f.wording, f.qualifier])).toEqual([[wording, qualifier]]);
  });

  it.each([
    ['Acme Inc. 770 staff', '770'],
    ['Section 4(c). 12 people', '12'],
  ])('but not a company form or a clause letter: %s', (text, wording) => {
    expect(findFigures(text).map((f) => [f.wording, f.qualifier])).toEqual([[wording, 'exact']]);
  });

  it.each([
    // A capital "C." ends a word or a name; only the lower-case forms abbreviate circa.
    ['Vitamin C. 500 people signed the petition.', '500'],
    ['He studied at Grade C. 40 staff passed.', '40'],
    ['Plan CA. 300 employees agreed.', '300'],
  ])('nor a capital C. or CA.: %s', (text, wording) => {
    expect(findFigures(text).map((f) => [f.wording, f.qualifier])).toEqual([[wording, 'exact']]);
  });

  it.each([
    'The church, built c. 1850, holds 300.',
    'The mill (ca. 1790) employs 40 people.',
    'Founded circa 1872, the club has 90 members.',
  ])('a year after the shortened circa is a year, not a figure: %s', (text) => {
    expect(findFigures(text).some((f) => /1[78]\d\d/.test(f.wording))).toBe(false);
  });
});
