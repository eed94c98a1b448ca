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

describe('a number that names a thing, or one the page denies, counts no signers', { timeout: 30000 }, () => {
  const LETTER = 'Staff signed the letter to the board in their hundreds.';
  it.each([
    // "the 49 one": a version, a report, a headline named by its number.
    ['An early story said 490 staff had signed the letter.', 'Honestly the 490 one looks like a typo.'],
    [LETTER, 'The 490 one came from a web address, the 505 ones from Swisher.'],
    // A copula's denial right before the number.
    [LETTER, "It wasn't 500 at noon, whatever the wire said."],
    [LETTER, 'The count is not 700, the organisers insist; it is lower.'],
  ])('%s | %s', (...blocks) => {
    // The first block's own count stays; the second block adds none.
    expect(staffFigures(blocks)).toEqual(staffFigures([blocks[0]]));
  });

  it.each<[string[], Array<[string, string]>]>([
    [
      ['About 500 one morning, more than 700 by the afternoon: the letter kept growing.'],
      [
        ['staff-letter-signatories', 'About 500'],
        ['staff-letter-signatories', 'more than 700'],
      ],
    ],
    [['Some 700 senior staff signed the letter.'], [['staff-letter-signatories', 'Some 700']]],
    [
      [
        'How many staff signed the letter depended on the outlet.',
        'One site ran 505 up top and 490 lower in the story.',
      ],
      [
        ['staff-letter-signatories', '505'],
        ['staff-letter-signatories', '490'],
      ],
    ],
    [
      ["It wasn't until Monday afternoon that more than 700 had signed the letter."],
      [['staff-letter-signatories', 'more than 700']],
    ],
  ])('still counts: %s', (blocks, expected) => {
    expect(staffFigures(blocks)).toEqual(expected);
  });
});

describe('a figure quoted as a report gave it is that report’s count', { timeout: 30000 }, () => {
  it.each<[string[], Array<[string, string]>]>([
    [
      [
        'Outlets could not agree on how many staff signed the letter.',
        'The headline said "nearly 500"; the body said 490.',
      ],
      [
        ['staff-letter-signatories', 'nearly 500'],
        ['staff-letter-signatories', '490'],
      ],
    ],
    [
      ['Counts of the letter’s signers varied by outlet.', 'Its first version read “505”, the second 700.'],
      [
        ['staff-letter-signatories', '505'],
        ['staff-letter-signatories', '700'],
      ],
    ],
    [
      ['Reports disagreed about how many staff had signed.', 'One site wrote "49", another 490.'],
      [
        ['staff-letter-signatories', '49'],
        ['staff-letter-signatories', '490'],
      ],
    ],
    [
      ['The signature count changed all day.', 'Swisher reported "505" by mid-morning.'],
      [['staff-letter-signatories', '505']],
    ],
  ])('%s', (blocks, expected) => {
    expect(staffFigures(blocks)).toEqual(expected);
  });

  it.each([
    ['The signature count changed all day.', 'Editors argued over "700" for an hour.'],
    ['The signature count changed all day.', 'A reader asked us to explain "505".'],
    ['The signature count changed all day.', 'Nobody on the desk liked "more than 700" as a headline.'],
  ])('still talked about: %s | %s', (...blocks) => {
    expect(staffFigures(blocks)).toEqual([]);
  });
});

describe(
  'a part taken "of the" or "of a" count of staff: that count is the headcount',
  { timeout: 30000 },
  () => {
    it.each<[string, Array<[string, string]>]>([
      ['Most of the 770 employees signed the letter by Monday night.', [['openai-headcount', '770']]],
      [
        'The letter went round, and most of the roughly 770 staff put their names to it.',
        [['openai-headcount', 'roughly 770']],
      ],
      [
        'Organisers counted more than 700 signatures out of a 770-person company, or 700 of a 770-plus staff.',
        [
          ['staff-letter-signatories', 'more than 700'],
          ['staff-letter-signatories', '700'],
          ['openai-headcount', '770-plus'],
        ],
      ],
      ['A clear majority of the 770 staffers signed the letter.', [['openai-headcount', '770']]],
    ])('%s', (sentence, expected) => {
      expect(staffFigures([sentence])).toEqual(expected);
    });

    it.each([
      // The staff noun narrowed by its own clause: a part, not the staff.
      'Ten of the 505 employees who signed the letter later said they regretted it.',
      // A part of the signatures, not of the staff.
      'Of the 700 signatures on the letter, a handful were duplicates.',
    ])('not the headcount: %s', (sentence) => {
      expect(staffFigures([sentence]).filter(([id]) => id === 'openai-headcount')).toEqual([]);
    });
  },
);

describe('"of the N people" names no staff', { timeout: 30000 }, () => {
  it('the founders counted as people stay the founding team', () => {
    expect(
      claims(
        ['Of the eleven people usually counted as OpenAI’s co-founders, only two are still there.'],
        '2025-06-01',
      ),
    ).toContainEqual(['founding-team-size', 'eleven']);
  });
});
