/**
 * A label's values: a fact box line whose label opens on a modifier ("Reported investment: $13bn"),
 * and a series of dated values after one label ("Valuation: $28bn in April 2023, $86bn that November,
 * $500bn now"), each value of its own item's time. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { isOpeningModifier } from '../../src/core/claims/openingModifier.ts';
import { seriesItem } from '../../src/core/claims/seriesPeriod.ts';
import { annotate } from './helpers/annotate.ts';

/** Figure claims on a page about the story, as [id, words, verdict]. */
const onPage = (blocks: string[], published = '2025-10-20') =>
  annotate(['Sam Altman was fired by OpenAI’s board.', ...blocks], undefined, { published })
    .highlights.filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
    .map((h) => [h.id, h.text, (h as { verdict?: string }).verdict]);

describe('a label that opens on a modifier is no company’s', () => {
  it.each([
    'Reported investment: $13 billion',
    'Estimated investment: $13 billion',
    'Pledged investment: $13bn',
    'Latest investment: $13 billion',
  ])('%s', (line) => {
    expect(onPage([line])).toEqual([['microsoft-investment', expect.stringMatching(/13/), 'agrees']]);
  });

  it.each([
    'Apple investment: $13 billion',
    'United investment: $13 billion',
    'Boeing investment: $13 billion',
  ])('an unknown name before the noun still owns it: %s', (line) => {
    expect(onPage([line])).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['Reported', true],
    ['Estimated', true],
    ['Rumoured', true],
    ['Total', true],
    ['Booked', true],
    ['United', false],
    ['Boeing', false],
    ['Apple', false],
    ['Ted', false],
  ])('%s opens as a modifier: %s', (word, expected) => {
    expect(isOpeningModifier(word)).toBe(expected);
  });
});

describe('every value of a dated series takes its label, each of its own time', () => {
  it.each<[string, string, Array<[string, string, string]>]>([
    [
      'months read against the year before',
      'Valuation: about $28bn in April 2023, about $86bn that November, $500bn now.',
      [
        ['openai-valuation', 'about $28bn', 'agrees'],
        ['openai-valuation', 'about $86bn', 'agrees'],
        ['openai-valuation', '$500bn', 'agrees'],
      ],
    ],
    [
      'a possessive label, "and" before the last item',
      'OpenAI’s valuation: $29bn in January 2023, $86bn that November and $500bn today',
      [
        ['openai-valuation', '$29bn', 'agrees'],
        ['openai-valuation', '$86bn', 'agrees'],
        ['openai-valuation', '$500bn', 'agrees'],
      ],
    ],
    [
      'a modifier label, semicolons',
      'Reported valuation: $86bn in November 2023; $500bn now',
      [
        ['openai-valuation', '$86bn', 'agrees'],
        ['openai-valuation', '$500bn', 'agrees'],
      ],
    ],
    [
      'investments by year',
      'Microsoft investment: $1bn in 2019, $2bn in 2021 and $10bn in January 2023',
      [
        ['microsoft-investment', '$1bn', 'agrees'],
        ['microsoft-investment', '$2bn', 'agrees'],
        ['microsoft-investment', '$10bn', 'agrees'],
      ],
    ],
  ])('%s', (_, line, expected) => {
    expect(onPage([line])).toEqual(expected);
  });

  it.each([
    ['another company’s label', 'Anthropic valuation: $18bn in 2023, $61bn in March 2025, $183bn now'],
    [
      'another company’s possessive label',
      'Anthropic’s valuation: $18bn in 2023, $61bn in March 2025, $183bn now',
    ],
  ])('no value of %s', (_, line) => {
    expect(onPage([line])).toEqual([]);
  });
});

describe('what a series is', () => {
  const item = (sentence: string, wording: string, published = '2025-10-20') => {
    const figures = findFigures(sentence);
    const figure = figures.find((f) => f.wording === wording)!;
    const found = seriesItem(sentence, { start: 0, end: sentence.length }, figure, { published }, figures);
    return (
      found && {
        period: found.period,
        label: found.label && sentence.slice(found.label.start, found.label.end),
      }
    );
  };

  it.each<[string, string, string | undefined]>([
    [
      'Valuation: about $28bn in April 2023, about $86bn that November, $500bn now.',
      'about $86bn',
      '2023-11',
    ],
    ['Valuation: about $28bn in April 2023, about $86bn that November, $500bn now.', '$500bn', '2025-10-20'],
    ['Valuation: $86bn in November 2023, $157bn the following October, $500bn today', '$157bn', '2024-10'],
    ['Valuation: $86bn in November 2023, $157bn the following March', '$157bn', '2024-03'],
    ['Investment: $1bn in 2019, $2bn the same year', '$2bn', '2019'],
    ['Investment: $1bn in 2019, $2bn a year later', '$2bn', '2020'],
    // An item with no time of its own is of no neighbour's.
    ['Valuation: $28bn in April 2023, then $86bn, and $500bn now', '$86bn', undefined],
  ])('%s: %s is of %s', (sentence, wording, period) => {
    expect(item(sentence, wording)?.period).toBe(period);
  });

  it('keeps the label', () => {
    expect(
      item('Valuation: about $28bn in April 2023, about $86bn that November', 'about $86bn')?.label,
    ).toBe('Valuation');
  });

  it.each([
    // A clause, not an item: the date before both values is theirs.
    ['In April 2023, OpenAI was valued at $28bn after raising $10bn.', '$28bn'],
    // One dated item only.
    ['Valuation: $28bn, $86bn and $500bn in 2025', '$28bn'],
    // Items of other measures.
    ['Staff: 770 in November 2023, valuation $86bn that month', '$86bn'],
    // Long items are clauses.
    [
      'Valuation: $28bn in April 2023, when the company had just released its latest chatbot, $86bn in November 2023',
      '$28bn',
    ],
  ])('no series: %s', (sentence, wording) => {
    expect(item(sentence, wording)).toBeUndefined();
  });
});
