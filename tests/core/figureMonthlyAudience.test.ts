import { describe, expect, it } from 'vitest';
import { countsMonthlyAudience, sameAudienceLink } from '../../src/core/claims/monthlyReach.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const claims = (text: string) => figureClaimsAfterLead([text], '2025-12-20T10:00:00+00:00');

describe('people counted per month are a product’s monthly users (monthlyReach.ts)', () => {
  it.each<[string, Array<[string, string]>]>([
    ['By July, Gemini counted 450 million people a month.', [['gemini-monthly-users', '450 million']]],
    ['Google says 650 million people use Gemini every month.', [['gemini-monthly-users', '650 million']]],
    ['Gemini now draws 650 million people per month.', [['gemini-monthly-users', '650 million']]],
    [
      'Gemini now reaches 650 million people monthly, up from 450 million in July.',
      [
        ['gemini-monthly-users', '650 million'],
        ['gemini-monthly-users', '450 million'],
      ],
    ],
    [
      'In July, Gemini counted 450 million people a month; the latest figure is 650 million.',
      [
        ['gemini-monthly-users', '450 million'],
        ['gemini-monthly-users', '650 million'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  it.each<string>([
    // A population, a weekly rate, another product's audience, a rate of leavers.
    'Gemini’s home market alone has 450 million people.',
    'OpenAI says 800 million people use ChatGPT every week.',
  ])('no monthly users: %s', (text) => {
    expect(claims(text).filter(([id]) => id === 'gemini-monthly-users')).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    [
      'Gemini reaches 650 million people a month, compared with 2 billion for YouTube.',
      [['gemini-monthly-users', '650 million']],
    ],
    [
      'Gemini draws 650 million people a month, compared to 3 billion for Facebook.',
      [['gemini-monthly-users', '650 million']],
    ],
    [
      'Gemini reaches 650 million people a month versus 1.5 billion on Instagram.',
      [['gemini-monthly-users', '650 million']],
    ],
    [
      'Gemini now counts 650 million people a month, against 900 million at its biggest rival.',
      [['gemini-monthly-users', '650 million']],
    ],
  ])('no other product’s count: %s', (text, expected) => {
    expect(claims(text).filter(([id]) => id === 'gemini-monthly-users')).toEqual(expected);
  });

  it.each<[string, boolean]>([
    [' people a month', true],
    [' active people each month', true],
    [' people use the app every month', true],
    [' people a month left the company', false],
    [' people live there', false],
    [' people use it every week', false],
    [' staff a month', false],
  ])('countsMonthlyAudience(%j) is %s', (after, expected) => {
    expect(countsMonthlyAudience(after)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['; the latest figure is ', true],
    [', up from ', true],
    [', a big jump on the ', true],
    [' in July; Meta has ', false],
    // A comparison sets the count beside another thing as often as another time.
    [', compared with ', false],
    [', compared to ', false],
    [' versus ', false],
    [', against ', false],
    [', next to ', false],
    [', rising from 450 million to ', true],
  ])('sameAudienceLink(%j) is %s', (between, expected) => {
    expect(sameAudienceLink(between)).toBe(expected);
  });
});
