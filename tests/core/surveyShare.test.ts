import { describe, expect, it } from 'vitest';
import { isSurveyShare } from '../../src/core/claims/surveyShare.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

describe('a percentage of the people a survey asked is no market share', { timeout: 30000 }, () => {
  it.each([
    ' of respondents said their firm used it',
    ' of those polled preferred a rival',
    ' of the respondents named the newcomer',
    ' of IT leaders surveyed plan to switch',
    ' of executives questioned in the survey chose it',
    ' of firms surveyed run its models',
    ' of all participants agreed',
  ])('asked:%s', (after) => {
    expect(isSurveyShare(after)).toBe(true);
  });

  it.each([
    ' of the enterprise market',
    ' of employees signed the letter',
    ' of executives at the firm left',
    ' of companies use a chatbot daily',
    ' of its for-profit arm',
  ])('not asked:%s', (after) => {
    expect(isSurveyShare(after)).toBe(false);
  });

  it('marks a market share but not a survey’s answer, on a page about the story', () => {
    const shares = (sentence: string) =>
      figureClaimsAfterLead([sentence]).filter(([id]) => id.startsWith('enterprise-share'));
    expect(shares('In a poll, 38% of respondents said their company used ChatGPT Enterprise.')).toEqual([]);
    expect(shares('Some 40% of CIOs surveyed said they preferred Anthropic for enterprise work.')).toEqual(
      [],
    );
    expect(shares('OpenAI holds 27% of the enterprise market, a venture firm says.')).toEqual([
      ['enterprise-share-openai', '27%'],
    ]);
  });
});
