import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

// An example marker right before a figure (", say,", "for example,", "e.g.") offers an illustration of a kind.
describe('an amount given as an example is no claim', () => {
  it.each([
    'An investor who puts in, say, $50 million usually expects information rights at OpenAI.',
    'If a backer holds, for example, a 20% stake, it would normally get a board seat.',
    'Corporate investors that commit, say, $2 billion to a lab like OpenAI want something for it.',
    'A company could invest, for instance, $500 million in OpenAI and still have no vote.',
    'A strategic investor with, e.g., a 15 percent stake rarely controls the board.',
  ])('%s', (block) => {
    expect(figureClaimsAfterLead([block])).toEqual([]);
  });
});

describe('…while the story’s own amount stays a claim', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Microsoft, which has invested $13 billion, has no seat on the board.',
      [['microsoft-investment', '$13 billion']],
    ],
    [
      'Microsoft has poured $13 billion into OpenAI, for example, and still learned of the firing a minute before.',
      [['microsoft-investment', '$13 billion']],
    ],
    [
      'Microsoft has committed $13 billion to OpenAI, say people familiar with the deal.',
      [['microsoft-investment', '$13 billion']],
    ],
    [
      'Microsoft has invested, by its own account, $13 billion in OpenAI.',
      [['microsoft-investment', '$13 billion']],
    ],
  ])('%s', (block, expected) => {
    expect(figureClaimsAfterLead([block])).toEqual(expected);
  });
});
