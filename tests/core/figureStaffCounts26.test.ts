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

describe(
  'a whole described by someone ("a staff it describes as N") is the headcount',
  { timeout: 30000 },
  () => {
    it.each<[string, Array<[string, string]>]>([
      [
        'Nearly 500 had signed by then, from a workforce the company puts at about 770.',
        [
          ['staff-letter-signatories', 'Nearly 500'],
          ['openai-headcount', 'about 770'],
        ],
      ],
      [
        'Some 505 names were on it, in a staff one report gives as roughly 770.',
        [
          ['staff-letter-signatories', 'Some 505'],
          ['openai-headcount', 'roughly 770'],
        ],
      ],
      [
        'The organisers claim more than 700, of a headcount the firm describes as 700-plus.',
        [
          ['staff-letter-signatories', 'more than 700'],
          ['openai-headcount', '700-plus'],
        ],
      ],
      [
        'Signatures passed 700 in a payroll they estimate at about 770.',
        [
          ['staff-letter-signatories', '700'],
          ['openai-headcount', 'about 770'],
        ],
      ],
    ])('%s', (sentence, expected) => {
      expect(staffFigures([sentence])).toEqual(expected);
    });

    it.each([
      'Microsoft has a staff it describes as 220,000 strong.',
      'If a staff the company puts at 770 walked out, OpenAI would be an empty shell.',
      'Anthropic, with a workforce it puts at about 300, stayed out of it.',
    ])('no headcount of OpenAI: %s', (sentence) => {
      expect(staffFigures([sentence]).filter(([id]) => id === 'openai-headcount')).toEqual([]);
    });
  },
);
