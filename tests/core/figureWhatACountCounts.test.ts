import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const claims = (text: string) => figureClaimsAfterLead([text], '2023-11-22T10:00:00+00:00');

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
