import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * A stake, holding, interest or investment "in" another organisation is that organisation's, whoever
 * the line opens with: "Amazon: 49% stake in Anthropic." (a label the dataset does not know), "a 14%
 * economic interest in Anthropic". Every sentence is invented.
 */

const stakes = (text: string) =>
  figureClaimsAfterLead([text]).filter(([id]) => id === 'microsoft-investment');

describe('a stake held in another organisation', () => {
  it.each([
    'Amazon: 49% stake in Anthropic.',
    'Google has a 14% economic interest in Anthropic.',
    'Amazon made a $4 billion investment in Anthropic.',
    'Amazon: $4 billion holding in Anthropic, per filings.',
  ])('marks no Microsoft stake in %j', (text) => {
    expect(stakes(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['Microsoft: 49% stake in OpenAI’s for-profit arm.', '49%'],
    ['Microsoft’s 49% stake in OpenAI is now worth more.', '49%'],
    ['Microsoft made a $13 billion investment in OpenAI.', '$13 billion'],
  ])('%j', (text, wording) => {
    expect(stakes(text)).toContainEqual(['microsoft-investment', wording]);
  });
});
