import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marks = (text: string) => figureClaimsAfterLead([text], '2026-01-20');

describe('the enterprise market called by its customers', () => {
  it.each<[string, string, string]>([
    [
      'In corporate accounts, where the money is steadier, Anthropic leads with 40%.',
      'enterprise-share-anthropic',
      '40%',
    ],
    [
      'Among business customers Anthropic leads with 40% against OpenAI’s 27%.',
      'enterprise-share-openai',
      '27%',
    ],
    ['With corporate clients, OpenAI now holds 27%.', 'enterprise-share-openai', '27%'],
    ['Anthropic is the choice of 40% of business buyers.', 'enterprise-share-anthropic', '40%'],
  ])('%s', (text, id, wording) => {
    expect(marks(text)).toContainEqual([id, wording]);
  });

  it.each([
    // Another company's customers, or no share at all.
    'Salesforce says 40% of its business customers now use some AI tool.',
    'Corporate clients paid 27% more for cloud storage this year.',
  ])('marks no enterprise share in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id.startsWith('enterprise-share'))).toEqual([]);
  });
});
