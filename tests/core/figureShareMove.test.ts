import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('a share move in the words markets and tables use', () => {
  it.each<[string[], Array<[string, string]>]>([
    [['MSFT move, Wednesday pre-market', '+1%', 'Approximate'], [['microsoft-share-move', '+1%']]],
    [['MSFT move, Wednesday pre-market\t+1%\tApproximate'], [['microsoft-share-move', '+1%']]],
    [['Microsoft shares ticked up 1% in pre-market trade.'], [['microsoft-share-move', '1%']]],
    [['Microsoft stock climbed 1.2% on the news.'], [['microsoft-share-move', '1.2%']]],
  ])('%j', (blocks, expected) => {
    expect(claims(blocks)).toEqual(expected);
  });

  it.each<[string[], Array<[string, string]>]>([
    // Near-misses: a "move" that is a decision leaves a stake a stake.
    [
      ['Microsoft, which owns 49% of the for-profit arm, moved fast to hire Altman.'],
      [['microsoft-investment', '49%']],
    ],
    [['In a bold move, Microsoft, owner of a 49% stake, hired Altman.'], [['microsoft-investment', '49%']]],
    [['Microsoft moved to protect its 49% stake.'], [['microsoft-investment', '49%']]],
  ])('still a stake: %j', (blocks, expected) => {
    expect(claims(blocks)).toEqual(expected);
  });
});

// "Traded up", "pre-open", "before the open": the trading desk's words for a move before the session starts.
describe('a move in the words of the opening auction', { timeout: 30000 }, () => {
  it.each<[string[], Array<[string, string]>]>([
    [['Pre-open, Microsoft was indicated about 1% firmer.'], [['microsoft-share-move', 'about 1%']]],
    [['Microsoft traded up 1.1% before the open on Wednesday.'], [['microsoft-share-move', '1.1%']]],
    [['MSFT, pre-open Wed: +1%'], [['microsoft-share-move', '+1%']]],
    [
      ['Early Wednesday, shares of Microsoft were trading up roughly 1%.'],
      [['microsoft-share-move', 'roughly 1%']],
    ],
  ])('%j', (blocks, expected) => {
    expect(claims(blocks, '2023-11-24')).toEqual(expected);
  });

  it.each<string[]>([
    ['Pre-open on Wednesday, Nvidia traded up about 2%.'],
    ['If Microsoft trades up 1% before the open, the options desk loses.'],
    ['Microsoft’s 49% stake in OpenAI’s for-profit arm traded hands in no market.'],
  ])('not a Microsoft move: %j', (...blocks) => {
    expect(claims(blocks, '2023-11-24').filter(([id]) => id === 'microsoft-share-move')).toEqual([]);
  });
});
