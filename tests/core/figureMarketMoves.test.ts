import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/** The figure claims of each block after the lead, on a page dated the day of the return. */
const figures = (blocks: string[]) => figureClaimsAfterLead(blocks, '2023-11-22');

describe('market moves and valuations in other words', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'a move after a description of the company between commas',
      ["Microsoft, OpenAI's biggest investor, was up 1.1% in premarket trading."],
      [['microsoft-share-move', '1.1%']],
    ],
    [
      '"its" for the company the page named last',
      [
        'Microsoft holds 49% of the profit-making arm.',
        "Under Wednesday's announcement it also gets a seat in the boardroom as an observer, with no vote. That is less than some shareholders of the software group might have wanted, and more than it had before, which was nothing.",
        'Its shares rose about 1% before the opening bell.',
      ],
      [
        ['microsoft-investment', '49%'],
        ['microsoft-share-move', 'about 1%'],
      ],
    ],
    [
      'a move in a fact box cell, with its direction',
      ['Microsoft investment to date', '$13 billion', 'MSFT premarket, Wednesday', 'about 1% higher'],
      [
        ['microsoft-investment', '$13 billion'],
        ['microsoft-share-move', 'about 1%'],
      ],
    ],
    [
      'a valuation a price puts on the company',
      [
        'The sale of existing staff shares to outside investors is proceeding at a price that puts OpenAI at around $86 billion.',
      ],
      [['openai-valuation', 'around $86 billion']],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(figures(blocks)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a move of another day', "Monday's 2% jump in the stock was the market pricing in the talent."],
    ['a quote strip', 'Premarket: MSFT ▲1.1% · Dow futures ▲0.2% · EUR/USD 1.09'],
    ["the company's other figures up", 'Microsoft revenue was up 13% in the quarter.'],
    ['sales higher', "Microsoft's cloud sales were 29% higher than a year ago."],
  ])('not: %s', (_, text) => {
    expect(figures([text])).toEqual([]);
  });

  it('reads no figure in a ticker and its move', () => {
    expect(findFigures('MSFT ▲1.1% · NVDA +2.3% · GOOGL −0.4%')).toEqual([]);
  });
});

describe("an analyst's projection to a price target is no move", () => {
  it.each<string>([
    'Broker note: We reiterate Overweight on Microsoft and our $425 target, which implies 14% upside.',
    'Our $425 Microsoft price target implies 14% upside from here.',
    'Microsoft shares have downside of about 20% to our bear case.',
    'Microsoft stock offers 15% potential upside, we think.',
  ])('not: %s', (text) => {
    expect(figures([text])).toEqual([]);
  });

  it.each<string>([
    'Microsoft shares rose about 1% before the bell, and we see more upside.',
    'Microsoft shares, up about 1% premarket, still have room to run.',
  ])('still a move: %s', (text) => {
    expect(figures([text])).toEqual([['microsoft-share-move', 'about 1%']]);
  });
});
