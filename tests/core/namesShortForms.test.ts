import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/core/match/findNames.ts';
import { figureClaimsAfterLead, marked, matcher } from './helpers/annotate.ts';

/*
 * A company's short form in capitals ("MS" for Microsoft, as the Korean press writes it): a name
 * where it stands as an organisation does, never the honorific, a state, a unit, a disease, another
 * company's ticker or a product. Every line is invented.
 */
const shortForms = (text: string) =>
  findNames(matcher, text)
    .filter((h) => h.entityId === 'microsoft')
    .map((h) => text.slice(h.start, h.end));

/** A page about the story that names Microsoft in full. */
const LEAD = 'OpenAI’s board removed Sam Altman on Friday, and Microsoft hired him on Sunday.';

describe('"MS" where it stands as the company', { timeout: 30000 }, () => {
  it.each([
    [
      'introduced in brackets',
      'Microsoft (MS) chief Satya Nadella welcomed the decision.',
      ['Microsoft', 'MS'],
    ],
    ['the subject of a verb', 'Analysts say MS gained the most from the weekend.', ['MS']],
    ['the subject of a clause after "that"', 'Traders reckon that MS has the most to gain.', ['MS']],
    ['a possessive', "MS's grip on the lab is expected to tighten.", ['MS']],
    ['the object of a move', 'Both men were to join MS within days.', ['MS']],
    ['its shares', 'MS stock closed higher in New York.', ['MS']],
    ['a subhead with an apposition', '◆ MS, the quiet winner', ['MS']],
    ['the end of a commenter’s sentence', 'Biggest winner here is MS. lol', ['MS']],
  ])('%s', (_, text, expected) => {
    expect(shortForms(text)).toEqual(expected);
  });

  it('is marked on a page about the story, and so are the claims it holds', () => {
    expect(marked([LEAD, 'Altman and Brockman would join MS, Nadella said.'], 'entity')).toContainEqual([
      'microsoft',
      'MS',
    ]);
    expect(
      figureClaimsAfterLead(['On Wednesday, MS shares rose about 1% before the bell.'], '2023-11-22'),
    ).toContainEqual(['microsoft-share-move', 'about 1%']);
  });
});

describe('"MS" that is not the company', () => {
  it.each([
    ['the honorific in a speaker label', 'MS. LEE: I think the board had no choice.'],
    ['the honorific before a name', 'MS Okafor chairs the committee.'],
    ['a state in an address', 'Jackson, MS 39201'],
    ['a unit after a number', 'The page answered in 200 MS on average.'],
    ['the disease after a possessive', 'She wrote about living with her MS for a decade.'],
    ['a product or another name after it', 'The call ran on MS Teams all weekend.'],
    ['another company’s ticker, introduced', 'Morgan Stanley (MS) fell 2% while MS gained.'],
    ['the disease, introduced', 'People with multiple sclerosis (MS) often tire early; MS has no cure.'],
    ['a ticker cell alone', 'MS'],
  ])('%s', (_, text) => {
    expect(shortForms(text)).toEqual([]);
  });

  it('is not marked on a page that never names Microsoft in full', () => {
    const page = [
      'OpenAI’s board removed Sam Altman on Friday.',
      'He said MS has shaped his life since 2015.',
    ];
    expect(marked(page, 'entity').filter(([id]) => id === 'microsoft')).toEqual([]);
  });
});

describe('a name in capitals glued to the figure of the cell before it, as a ticker strip’s text runs together', () => {
  const tickers = (text: string) =>
    findNames(matcher, text)
      .filter((h) => h.entityId === 'microsoft')
      .map((h) => text.slice(h.start, h.end));
  it.each([
    ['after a rate', 'USD/JPY 149.10MSFT +0.8%'],
    ['after another ticker’s price', 'NVDA 499.44MSFT 377.44'],
    ['after a percentage', 'Nikkei ▲0.5%MSFT ▼0.2%'],
    ['after an index level', 'S&P 500 4,550.4MSFT 378.2 ▲'],
  ])('%s', (_, text) => {
    expect(tickers(text)).toEqual(['MSFT']);
  });

  it.each([
    ['a unit glued to its number', 'The call took 200MS to answer.'],
    ['a longer ticker', 'USD/JPY 149.10MSFTX +0.8%'],
    ['letters before it', 'XMSFT 377.44'],
  ])('not %s', (_, text) => {
    expect(tickers(text)).toEqual([]);
  });
});
