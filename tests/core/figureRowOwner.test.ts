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
