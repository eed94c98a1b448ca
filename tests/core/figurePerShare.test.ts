import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/core/claims/detectFigureClaims.ts';
import { figureClaimsAfterLead as claims, matcher } from './helpers/annotate.ts';

const cueKeys = (text: string) => findCues(matcher, text, { start: 0, end: text.length }).map((c) => c.key);

describe('a share that is the unit of a price is no market share and no stake', () => {
  it.each<string>(['Value/share', 'Value per share', 'Earnings per share (FY25E)', 'Per-share value, $'])(
    'no share cue in %s',
    (text) => {
      expect(cueKeys(text).filter((k) => /^shares?$/.test(k))).toEqual([]);
    },
  );

  it.each<string>(['Market share', 'OpenAI share of enterprise AI', 'Shares, premarket'])(
    'keeps the cue in %s',
    (text) => {
      expect(cueKeys(text).some((k) => /\bshares?$/.test(k))).toBe(true);
    },
  );

  it('reads no market share in a broker note’s scenario table', () => {
    expect(
      claims([
        'Exhibit 2: Scenario framework for MSFT AI exposure',
        'Scenario',
        'Probability (our est.)',
        'FY25E Azure growth',
        'Value/share',
        'Bull: partnership deepens, governance formalised',
        '35%',
        '29%',
        '$470',
      ]),
    ).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    // Near-misses: the market's share and the shares' move keep their topics.
    [
      "FAQ: OpenAI's share of enterprise AI adoption fell to 27%, per Menlo Ventures.",
      [['enterprise-share-openai', '27%']],
    ],
    ['Broker note: Microsoft shares rose about 1% before the bell.', [['microsoft-share-move', 'about 1%']]],
  ])('still: %s', (text, expected) => {
    expect(claims([text])).toEqual(expected);
  });
});
