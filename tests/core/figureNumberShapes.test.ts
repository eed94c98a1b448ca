import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

const read = (text: string) => findFigures(text).map((f) => [f.wording, f.unit, f.value]);

describe('numbers in the shapes speech and copy give them', () => {
  it.each<[string, Array<[string, string, number]>]>([
    ['a five-hundred-billion-dollar price tag', [['five-hundred-billion-dollar', 'usd', 5e11]]],
    ['a ten-dollar bill', [['ten-dollar', 'usd', 10]]],
    ['Microsoft has $13B riding on this', [['$13B', 'usd', 13e9]]],
    ['valued at $86b', [['$86b', 'usd', 86e9]]],
    [
      'Anthropic at forty percent and OpenAI at twenty-seven',
      [
        ['forty percent', 'percent', 40],
        ['twenty-seven', 'percent', 27],
      ],
    ],
    [
      'Anthropic with 40% while OpenAI had about 27',
      [
        ['40%', 'percent', 40],
        ['about 27', 'percent', 27],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'several thousand signed',
    'thousand-yard stare',
    'a 13b parameter model',
    'Anthropic at forty percent, and 27 researchers joined',
  ])('reads no stray figure in "%s"', (text) => {
    const found = read(text);
    expect(found.filter(([, unit]) => unit === 'usd' || (unit === 'count' && found.length === 1))).toEqual(
      [],
    );
  });

  it('an age closing a sidebar line', () => {
    expect(findFigures('Sam Altman, 38').map((f) => f.isAge)).toEqual([true]);
    expect(findFigures('Total staff, 38').map((f) => f.isAge)).toEqual([false]);
  });
});

describe('claims in those shapes', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'a price tag in a compound adjective',
      ['And you have to justify a five-hundred-billion-dollar price tag somehow.'],
      [['openai-valuation', 'five-hundred-billion-dollar']],
    ],
    [
      'shares of a market said in parallel',
      ['On the enterprise side, Menlo Ventures has Anthropic at forty percent and OpenAI at twenty-seven.'],
      [
        ['enterprise-share-anthropic', 'forty percent'],
        ['enterprise-share-openai', 'twenty-seven'],
      ],
    ],
    ['an age on a sidebar line', ['Sam Altman, 38'], [['sam-altman-age', '38']]],
    ['a board of four acting', ['A board of four removes Sam Altman.'], [['board-size', 'four']]],
    [
      'a sum in shorthand',
      ['Remember Microsoft has $13B riding on this.'],
      [['microsoft-investment', '$13B']],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(claims(blocks)).toEqual(expected);
  });

  it.each([
    ['several thousand', 'Several thousand people signed the letter.'],
    ['opening hours', 'Holiday open house at Falls Hardware — Saturday 9–4.'],
    ['a timestamp', '9.02am AEDT'],
  ])('no claim from %s', (_, text) => {
    expect(claims([text])).toEqual([]);
  });
});

describe('the words reporters use for a topic', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'a move before the bell',
      ['Microsoft was indicated up about 1% before the bell on the news.'],
      [['microsoft-share-move', 'about 1%']],
    ],
    [
      'the people a paper spoke to',
      ['The paper got that from ten people, current and former, at the lab.'],
      [['research-shift-interviewees', 'ten']],
    ],
    [
      'people interviewed',
      ['The Financial Times interviewed 10 people who work or used to work at OpenAI.'],
      [['research-shift-interviewees', '10']],
    ],
    [
      'departures said as "gone"',
      ['By the end of 2025, more than a dozen senior people have gone from OpenAI.'],
      [['departures-2025', 'more than a dozen']],
    ],
    [
      'the people who founded it',
      ['Of the 11 people who founded OpenAI in 2015, few are left.'],
      [['founding-team-size', '11']],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(claims(blocks)).toEqual(expected);
  });

  it.each([
    ['a bell that is no market', 'The school bell rang, and about 1% of pupils were late.'],
    ['founders standing (not still there)', 'Two founders were standing at the back of the room at OpenAI.'],
  ])('no claim from %s', (_, text) => {
    expect(claims([text])).toEqual([]);
  });
});

describe('a part of a list said to be new', () => {
  it('reads the part as newcomers only where the list is of people', () => {
    expect(findFigures('Two of these shows are new this season.').map((f) => f.noun)).toEqual([undefined]);
    expect(findFigures('Two of those names are new.').map((f) => f.noun)).toEqual(['newcomers']);
  });

  it('counts the newcomers', () => {
    expect(
      claims([
        "The new board is Bret Taylor, Larry Summers and Adam D'Angelo.",
        'Only two of those names are new.',
      ]),
    ).toEqual([['new-board-newcomers', 'two']]);
  });

  it.each([['a part that is not new', 'Two of those names are familiar.']])('no claim from %s', (_, text) => {
    expect(claims(["The new board is Bret Taylor, Larry Summers and Adam D'Angelo.", text])).toEqual([]);
  });
});

describe('a bound counts from its number', () => {
  it.each([
    'The exodus — at least 12 senior names this year — has raised questions about retention.',
    '8. The departures: at least 12 big names in a single year.',
  ])('“at least 12” is no count of the hundreds who signed: %s', (text) => {
    expect(claims([text], '2025-12-01').filter(([id]) => id === 'staff-letter-signatories')).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    ['At least 500 employees signed the letter by Monday.', [['staff-letter-signatories', 'At least 500']]],
    ['More than 700 staff signed the letter.', [['staff-letter-signatories', 'More than 700']]],
  ])('keeps a bound of the same order: %s', (text, expected) => {
    expect(claims([text], '2023-11-21')).toEqual(expected);
  });
});

describe('a proportion is a share', () => {
  it.each<[string, Array<[string, string, number]>]>([
    ['Nine in ten staff signed the letter.', [['Nine in ten', 'percent', 90]]],
    ['Two in five enterprise buyers use Claude.', [['Two in five', 'percent', 40]]],
    ['More than 1 in 4 users left.', [['More than 1 in 4', 'percent', 25]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each<[string, Array<[string, string, number]>]>([
    ['The board met 3 in 10 days.', [['3', 'count', 3]]],
    ['It happened in ten minutes.', []],
  ])('no proportion in “%s”', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('gives the share its topic', () => {
    expect(
      claims(["Two in five enterprise customers use Anthropic's models, per Menlo Ventures."], '2026-02-01'),
    ).toEqual([['enterprise-share-anthropic', 'Two in five']]);
    // No report counts the signatories as a share of the staff.
    expect(claims(['Nine in ten staff signed the letter.'], '2023-11-21')).toEqual([]);
  });
});

describe('a year-shaped number after a determiner is the year of what follows, not a count', () => {
  it.each<string>([
    'S. Lindgren, "Collective exit as governance: the 2023 staff letter," Labour Law Journal, vol. 52.',
    'Museum caption: the 2023 employee petition, printed and signed, on loan from a former researcher.',
    "FAQ: Was the board's 2023 staff survey ever published?",
    'Story card: Its 2024 employees’ town hall was the first since the firing.',
    "Broker note: We revisit Microsoft's 2019 investment thesis in light of the weekend.",
  ])('no count: %s', (text) => {
    expect(claims([text])).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    // Near-misses: a count the size of a year keeps its comma, or its qualifier, or no determiner.
    ['The 2,023 staff who signed were all named in the filing.', [['staff-letter-signatories', '2,023']]],
    ['Some 2023 employees signed the letter.', [['staff-letter-signatories', 'Some 2023']]],
  ])('still a count: %s', (text, expected) => {
    expect(claims([text])).toEqual(expected);
  });
});
