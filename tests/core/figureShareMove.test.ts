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
