import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

// A fund's or a company's metrics table: a row's header naming its own measure (an IRR, capital called,
// a multiple) says what every value along the row is; the rows above it do not speak for them.
describe('the values along a row headed by its own measure', () => {
  it.each<[string[], Array<[string, string]>]>([
    [['Committed capital', '$240.0M', '$240.0M', 'Called to date', '71%', '62%'], []],
    [
      ['Microsoft’s investment in OpenAI', '$13 billion', 'Net IRR since inception', '13.8%', '12.9%'],
      [['microsoft-investment', '$13 billion']],
    ],
    [['Capital committed by LPs', '$310M', 'Capital deployed', '58%', '41%'], []],
    [
      ['Microsoft’s stake in OpenAI', '49%', 'Gross IRR', '22.4%', '19.0%'],
      [['microsoft-investment', '49%']],
    ],
    [['Commitments', '$75M', 'Drawn down so far', '44%'], []],
  ])('%j', (blocks, expected) => {
    expect(figureClaimsAfterLead(blocks)).toEqual(expected);
  });
});

describe('…while a row headed by a topic keeps its values', () => {
  it.each<[string[], Array<[string, string]>]>([
    [
      ['Microsoft’s stake in OpenAI’s for-profit arm', '49%', '49%'],
      [
        ['microsoft-investment', '49%'],
        ['microsoft-investment', '49%'],
      ],
    ],
    [['Called to date', '71%', 'Microsoft’s stake in OpenAI', '49%'], [['microsoft-investment', '49%']]],
    [
      ['Net IRR since inception', '13.8%', 'Microsoft’s commitment to OpenAI', '$13 billion'],
      [['microsoft-investment', '$13 billion']],
    ],
  ])('%j', (blocks, expected) => {
    expect(figureClaimsAfterLead(blocks)).toEqual(expected);
  });
});
