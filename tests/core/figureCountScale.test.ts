import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

const values = (text: string) => findFigures(text).map((f) => [text.slice(f.start, f.end), f.value, f.unit]);

describe('a letter scale on a count of people or users (countScale.ts)', () => {
  it.each<[string, Array<[string, number, string]>]>([
    ['Gemini has 650m monthly users.', [['650m', 650e6, 'users']]],
    ['Google counts 650m monthly Gemini users.', [['650m', 650e6, 'users']]],
    ['OpenAI says 800m ChatGPT Plus users is a stretch.', [['800m', 800e6, 'users']]],
    ['The app now counts 1.2bn people a month.', [['1.2bn', 1.2e9, 'people']]],
    ['The petition has 300k signatures.', [['300k', 300e3, 'people']]],
    ['The service has 40M monthly users.', [['40M', 40e6, 'users']]],
    // The figure set against a scaled count counts the same.
    [
      'Gemini now counts 650m monthly users, up from 450m in July.',
      [
        ['650m', 650e6, 'users'],
        ['450m', 450e6, 'users'],
      ],
    ],
    // review19b #7: the count set against it, with a time after it.
    [
      'The app has 2,000 users today, up from 3k a year ago.',
      [
        ['2,000', 2000, 'users'],
        ['3k', 3000, 'users'],
      ],
    ],
    [
      'It reached 700m weekly users, against 400m in March.',
      [
        ['700m', 700e6, 'users'],
        ['400m', 400e6, 'users'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    // review19b #7: a second figure with its own noun, or only listed after the count, counts no users.
    ['OpenAI has 100m users and 5m of cash in the bank.', '5m'],
    ['It had 1,500 users at launch, up from 20m tonnes of data.', '20m'],
    ['The 1,000 staff walked 5k to the office, and 3k more.', '3k'],
    ['The app has 900m users, up from 400m dollars of revenue.', '400m'],
    ['The site has 50m readers or 2m pages a day.', '2m'],
  ])('no scaled count after a linked figure: %s', (text, wording) => {
    const scaled = values(text).find(([w]) => w === wording);
    expect(scaled === undefined || (scaled[2] !== 'users' && scaled[2] !== 'people')).toBe(true);
  });

  it.each<string>([
    // A letter after a number that counts no people is a length or a race, not millions.
    'A 10 m cable runs under the street.',
    'He won the 400m race in 2019.',
    'The tower is 300m tall, against 250m for the old one.',
    // review21 #11: only capitalised names may stand between the letter and the people it counts.
    'At OpenAI the canteen is 50m from the staff entrance.',
    'Altman’s house is 5m from the people who protest outside it.',
    'The office sits 200m past the workers’ car park.',
  ])('no scaled count: %s', (text) => {
    expect(values(text).filter(([, v]) => (v as number) >= 1e3)).toEqual([]);
  });

  it('marks the rival’s audience in both figures', () => {
    expect(
      claims(["Rival pressure: Google's Gemini now counts 650m monthly users, up from 450m in July."]),
    ).toEqual([
      ['gemini-monthly-users', '650m'],
      ['gemini-monthly-users', '450m'],
    ]);
  });
});
