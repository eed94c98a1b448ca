import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const claims = (text: string) => figureClaimsAfterLead([text], '2023-11-22T10:00:00+00:00');
const ofTopic = (id: string, text: string) =>
  claims(text)
    .filter(([topic]) => topic === id)
    .map(([, wording]) => wording);

describe('a measure noun before "of" is no whole: "X\'s figure of N" counts what X counted', () => {
  it.each<[string, string]>([
    ['The Verge cites Kara Swisher’s figure of 505 for the letter.', '505'],
    ['Wired credited the organisers with a count of 702 by the evening.', '702'],
    ['Her own tally of 505 was the first to circulate among staff.', '505'],
    ['By evening the letter’s running tally of 745 was being read out on air.', '745'],
  ])('%s', (text, wording) => {
    expect(claims(text)).toEqual([['staff-letter-signatories', wording]]);
  });

  it.each<[string, Array<[string, string]>]>([
    // A whole's own noun before "of" is still a total's place.
    ['OpenAI had a headcount of about 770.', [['openai-headcount', 'about 770']]],
    ['It is a company with a staff of 770.', [['openai-headcount', '770']]],
    // Another company's figure; a condition; a question.
    ['Anthropic’s figure of 300 staff was not disputed.', []],
    ['If the count of 505 were right, the board would have to listen.', []],
    ['Was the figure of 505 ever confirmed by the organisers?', []],
  ])('near miss: %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});

describe('a staff size as it is usually reported or estimated is the whole (totalStated.ts)', () => {
  it.each<[string, string]>([
    ['More than 700 signed, in a company whose headcount is usually given as roughly 770.', 'roughly 770'],
    ['Several hundred have signed; the company’s staff is generally put at 700-plus.', '700-plus'],
    ['The letter kept growing, though OpenAI’s employees were usually estimated at about 770.', 'about 770'],
    ['Its payroll has generally been put at 780.', '780'],
    ['Reports put the workforce at "700-plus" that week.', '700-plus'],
  ])('%s', (text, wording) => {
    expect(ofTopic('openai-headcount', text)).toEqual([wording]);
  });

  it.each([
    // Another company; a count among the staff left to the reports' values; a condition; a habit of boards.
    'Anthropic’s staff is generally put at about 300.',
    'The staff itself was counted as roughly 505, by one outlet.',
    'If its headcount is usually given as 770, the letter had most of it.',
    'Boards usually have nine directors.',
  ])('not OpenAI’s headcount: %s', (text) => {
    expect(ofTopic('openai-headcount', text)).toEqual([]);
  });
});

describe('numbers in a scenario, or counting another noun, are no claims', () => {
  it.each([
    'A scenario in which perhaps 500 staff arrived in Redmond would have cost Microsoft dearly.',
    'Picture the scenario where 700 employees walked out on Monday.',
    'In a world where 505 signatures meant nothing, the board would have stayed.',
    'See OpenAI’s full cap table, investor list and 1,400+ employee profiles.',
    'The database holds 700 staffer badges from that week.',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    // The people themselves, and the story's scenario-free counts, still count.
    ['Some 505 employees signed the letter.', [['staff-letter-signatories', 'Some 505']]],
    [
      'More than 700 employee signatures were on it by noon.',
      [['staff-letter-signatories', 'More than 700']],
    ],
    ['In the end, 700 staff threatened to quit.', [['staff-letter-signatories', '700']]],
  ])('still a count of people: %s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });
});
