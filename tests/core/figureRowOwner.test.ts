import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * A table row's header cell says whose the value beside it is: "Anthropic" | "40%", "OpenAI" | "27%".
 * A caption's cue ("Enterprise share") says what is measured, not whose it is. Every table is invented.
 */
const DATED = '2025-07-31';

describe('the organisation a row header names owns the value in the cell beside it', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'a two-company share table with column heads',
      ['Company', 'Enterprise share', 'Anthropic', '40%', 'OpenAI', '27%'],
      [
        ['enterprise-share-anthropic', '40%'],
        ['enterprise-share-openai', '27%'],
      ],
    ],
    [
      'the rows the other way round, under a dated caption',
      ['Enterprise LLM share, mid-2025', 'OpenAI', '27%', 'Anthropic', '40%'],
      [
        ['enterprise-share-openai', '27%'],
        ['enterprise-share-anthropic', '40%'],
      ],
    ],
    [
      'a broker note’s table in per cent, with a product in the header',
      [
        'Share of enterprise LLM spend (Menlo Ventures)',
        'Anthropic (Claude)',
        '40 per cent',
        'OpenAI (GPT)',
        '27 per cent',
      ],
      [
        ['enterprise-share-anthropic', '40 per cent'],
        ['enterprise-share-openai', '27 per cent'],
      ],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(figureClaimsAfterLead(blocks, DATED)).toEqual(expected);
  });

  it('gives no company another’s share: a row of a company no share topic is about takes none', () => {
    expect(
      figureClaimsAfterLead(
        ['Enterprise share', 'Anthropic', '40%', 'Google', '21%', 'OpenAI', '27%'],
        DATED,
      ),
    ).toEqual([
      ['enterprise-share-anthropic', '40%'],
      ['enterprise-share-openai', '27%'],
    ]);
  });

  it('leaves a header that names a person, or names a cue, to the rules for those', () => {
    expect(figureClaimsAfterLead(['Sam Altman', '38'])).toEqual([['sam-altman-age', '38']]);
    expect(figureClaimsAfterLead(['Microsoft stake in OpenAI’s commercial arm', '49%'])).toEqual([
      ['microsoft-investment', '49%'],
    ]);
  });
});

/*
 * A ticker table's row runs over several cells ("Apple Inc." | "AAPL" | "191.31" | "+0.67" | "+0.35%"):
 * its header cell, a few cells back, says whose the values along it are, not the caption's cue or a
 * Microsoft row above or below it.
 */
describe('a value a few cells along a row is its own row’s', () => {
  const RETURN_DAY = '2023-11-22';
  const head = ['Microsoft edges up as Altman returns', 'Index / Stock', 'Symbol', 'Last', '% Change'];
  it.each<[string, string[]]>([
    [
      'another company’s row after Microsoft’s',
      [...head, 'Microsoft Corp.', 'MSFT', '377.85', 'Apple Inc.', 'AAPL', '191.31', '+0.35%'],
    ],
    [
      'an index’s row before Microsoft’s',
      [...head, 'Russell Small Caps', 'RUT', '1,792.02', '+0.87%', 'Microsoft Corp.', 'MSFT'],
    ],
    [
      'a row headed by a ticker alone',
      ['Big tech stocks, premarket', 'Microsoft', 'MSFT', 'AMZN', '146.71', '+1.95%'],
    ],
    [
      'a yield’s row, the value in its second cell',
      [...head, 'Microsoft Corp.', 'MSFT', 'Treasury Yield', '4.41%'],
    ],
  ])('%s', (_, blocks) => {
    expect(figureClaimsAfterLead(blocks, RETURN_DAY)).toEqual([]);
  });

  it.each<[string, string[], Array<[string, string]>]>([
    [
      'Microsoft’s own row, its value cells between',
      ['Premarket movers', 'Microsoft Corp.', 'MSFT', '377.85', '+1%'],
      [['microsoft-share-move', '+1%']],
    ],
    [
      'a row keyed by the ticker',
      ['Shares before the bell', 'MSFT', '+1%'],
      [['microsoft-share-move', '+1%']],
    ],
    [
      'a label that names the measure, not a company',
      ['Microsoft', 'Premarket move', '+1%'],
      [['microsoft-share-move', '+1%']],
    ],
    [
      'a row whose date cell stands between',
      ['Microsoft shares', 'Wed., Nov. 22', '+1%'],
      [['microsoft-share-move', '+1%']],
    ],
  ])('keeps %s', (_, blocks, expected) => {
    expect(figureClaimsAfterLead(blocks, RETURN_DAY)).toEqual(expected);
  });
});
