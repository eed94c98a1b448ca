import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

/** `[topic, text]` of the staff-letter and headcount figures of sentences after a story lead (page of 21 Nov 2023). */
const staffFigures = (blocks: string[]) =>
  claims(blocks, '2023-11-21').filter(
    ([id]) => id === 'staff-letter-signatories' || id === 'openai-headcount',
  );

describe('an age bracket bounds an age: "signatures above 700" is a count', { timeout: 30000 }, () => {
  it.each<[string, string]>([
    ['Later tallies put signatures above 700.', 'above 700'],
    ['The letter had signatures above 700 by Monday afternoon.', 'above 700'],
    ['By noon the organisers had signers over 700, they said.', 'over 700'],
    ['Updated count: signatures above 700, organisers say.', 'above 700'],
  ])('%s', (sentence, figure) => {
    expect(staffFigures([sentence])).toEqual([['staff-letter-signatories', figure]]);
  });

  it.each([
    'Staffers over 40 were less likely to sign the letter.',
    'Employees under 30 signed the letter in larger numbers, a survey found.',
    'Workers above 65 rarely sign such letters, researchers say.',
  ])('still an age bracket: %s', (sentence) => {
    expect(staffFigures([sentence])).toEqual([]);
  });
});
