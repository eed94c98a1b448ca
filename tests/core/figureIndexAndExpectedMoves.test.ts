import { describe, expect, it } from 'vitest';
import { countsOffStory } from '../../src/core/claims/offStoryFigure.ts';
import { isExpectedMove } from '../../src/core/claims/expectedMove.ts';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { sentenceAround } from '../../src/core/text/splitSentences.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * A markets page's other moves: an index's move however a wrap words it (points and per cent, phrasal
 * verbs, nouns), a listed company's worth told to size its move, and a move that is only expected. Every
 * sentence is invented, in wire, business-daily, broadcast and blog registers, British and American.
 */
const marks = (blocks: string[]) => figureClaimsAfterLead(blocks, '2023-11-22');

const offStory = (text: string, wording: string) => {
  const figure = findFigures(text).find((f) => f.wording === wording);
  if (!figure) throw new Error(`no figure “${wording}” in “${text}”`);
  return countsOffStory(text, figure, sentenceAround(text, figure.start));
};

describe('an index’s move in a wrap’s words is the market’s', () => {
  it.each<[string, string]>([
    ['The tech-heavy Nasdaq Composite put on 212.4 points, or 1.6%, by the close.', '1.6%'],
    ['By mid-afternoon the Dow had tacked on 310 points, or 0.9%.', '0.9%'],
    ['The FTSE 100 gave back 0.7% in late dealing in London.', '0.7%'],
    ['Wall Street’s blue-chip average clawed back 0.4% after lunch.', '0.4%'],
    ['The S&P 500 is trading higher by 0.5% this morning.', '0.5%'],
    ['Stocks rallied, with the Nasdaq up 1.3% and the Dow up 0.8%.', '1.3%'],
    ['In Tokyo the Nikkei 225 had shed 1.1% by the close.', '1.1%'],
    ['It was a 250-point, or 0.7%, slide for the average.', '0.7%'],
    ['Traders shrugged off the Nasdaq’s 1.2% gain as thin holiday trade.', '1.2%'],
    ['Analysts pointed to the benchmark’s slide of 2% since Monday.', '2%'],
  ])('“%s”: %s is a market’s', (text, wording) => {
    expect(offStory(text, wording)).toBe(true);
  });

  it.each<[string, string]>([
    ['Microsoft shares put on 2.1% in early trade.', '2.1%'],
    ['Microsoft gave back 0.6% after touching a record.', '0.6%'],
    ['Shares of Microsoft, the index’s heaviest weight, rose 1.1%.', '1.1%'],
    ['The average salary at the company rose 4% last year.', '4%'],
  ])('“%s”: %s is not an index’s', (text, wording) => {
    expect(offStory(text, wording)).toBe(false);
  });

  it('marks the company’s move and not the index’s in one wrap', () => {
    expect(
      marks([
        'Microsoft shares rose about 1% in premarket trading after Altman’s return. The Nasdaq Composite put on 159 points, or 1.1%, while the Dow tacked on 204 points, or 0.6%.',
      ]),
    ).toEqual([['microsoft-share-move', 'about 1%']]);
  });
});

describe('a listed company’s worth, told to size its move, is no valuation', () => {
  it.each<[string, string]>([
    ['Up about 1% is a small step for a company worth nearly $3 trillion.', 'nearly $3 trillion'],
    ['That 2% rise is a big swing in shares of a group valued at $2.8tn.', '$2.8tn'],
    [
      'Its stock barely moved, which is typical of a tech giant worth more than $2 trillion.',
      'more than $2 trillion',
    ],
  ])('“%s”: %s is the mover’s', (text, wording) => {
    expect(offStory(text, wording)).toBe(true);
  });

  it.each<[string, string]>([
    ['OpenAI, a company worth about $86 billion, has no shares to trade.', 'about $86 billion'],
    ['Investors now treat it as a company worth $86 billion.', '$86 billion'],
  ])('“%s”: %s is not told of a share move', (text, wording) => {
    expect(offStory(text, wording)).toBe(false);
  });

  it('marks the move and not the worth', () => {
    expect(
      marks([
        'Microsoft shares rose in premarket trading after Altman’s return. Up about 1% is a modest move for a company worth well over $2 trillion.',
      ]),
    ).toEqual([['microsoft-share-move', 'about 1%']]);
  });
});

describe('a move that is expected is not made', () => {
  it.each<[string, string]>([
    ['Options pricing implies a move of roughly 4.5% in either direction.', 'roughly 4.5%'],
    ['Traders are bracing for a 5% swing after the results.', '5%'],
    ['The options market is pricing in a move of about 6% either way.', 'about 6%'],
    ['The implied move is 4% on the day.', '4%'],
    ['Analysts expect the stock to rise 8% over the next year.', '8%'],
    ['Shares are forecast to gain about 3% by the summer.', 'about 3%'],
    ['Some strategists see Microsoft shares climbing 10% by June.', '10%'],
    ['An expected 3% rise in the shares would lift the market value.', '3%'],
  ])('“%s”: %s', (text, wording) => {
    const at = text.indexOf(wording);
    expect(isExpectedMove(text.slice(0, at), text.slice(at + wording.length))).toBe(true);
  });

  it.each<[string, string]>([
    ['Microsoft shares rose 1%, as analysts had expected.', '1%'],
    ['As traders expected, the shares rose 2% at the open.', '2%'],
    ['The stock moved 1.2% in premarket trading, more than options implied.', '1.2%'],
    ['Analysts expected a deal; the shares gained 1.5%.', '1.5%'],
  ])('not: “%s”', (text, wording) => {
    const at = text.indexOf(wording);
    expect(isExpectedMove(text.slice(0, at), text.slice(at + wording.length))).toBe(false);
  });

  it('marks the reaction and not the implied move', () => {
    expect(
      marks([
        'Microsoft shares rose about 1% in premarket trading after Altman’s return. Options pricing implies a move of roughly 4.5% in either direction after the results.',
      ]),
    ).toEqual([['microsoft-share-move', 'about 1%']]);
  });
});
