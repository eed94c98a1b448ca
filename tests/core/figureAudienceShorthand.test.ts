import { describe, expect, it } from 'vitest';
import { namesMonthlyAudience } from '../../src/core/claims/audienceShorthand.ts';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const claims = (text: string) =>
  figureClaimsAfterLead([text], '2025-12-20T10:00:00+00:00').filter(([id]) => id === 'gemini-monthly-users');

describe('a monthly audience in shorthand (audienceShorthand.ts, countScale.ts)', () => {
  it.each<[string, string[]]>([
    ['Gemini now has 650 million MAUs, Google said.', ['650 million']],
    ['Google’s Gemini: 650m monthly actives', ['650m']],
    ['gemini sitting at 650m MAU rn', ['650m']],
    ['Gemini’s monthly audience reached 650 million in November.', ['650 million']],
    ['Gemini’s monthly active users now stand at 650 million.', ['650 million']],
    ['Gemini monthly users: 650m monthly', ['650m']],
    ['450M\nmonthly Gemini users in July', ['450M']],
    ['Gemini | 650 million MAU | up from 450 million in July', ['650 million', '450 million']],
  ])('%s', (text, expected) => {
    expect(claims(text).map(([, t]) => t)).toEqual(expected);
  });

  it.each<string>([
    // A change is no size; "monthly" that does not close its clause is no audience; a weekly count; a
    // hypothetical; a letter scale with no audience after it.
    'Gemini monthly users fell by 50 million in August.',
    'Google holds 650m monthly meetings with advertisers.',
    'Gemini’s weekly audience has grown to 200 million.',
    'Gemini’s monthly audience could reach a billion next year.',
    'Google spent 650m on Gemini marketing.',
    // review21 #10: a bare "monthly" is a rate of anything unless the clause has said it counts users.
    "Gemini's rival burns through 500m monthly, the report says.",
    'Google pays 40m monthly for Gemini’s servers.',
    'Gemini’s cloud bill runs to 300m monthly.',
  ])('no monthly users: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  // diag21 54-55/E57: the audience named first, its size given as an estimate or a level ("is now put at").
  it.each<[string, string[]]>([
    ['Gemini’s monthly audience is now put at 650 million.', ['650 million']],
    ['Gemini’s monthly user base was estimated by Sensor Tower at 650 million.', ['650 million']],
    ['Gemini’s monthly audience is reckoned to be around 650 million.', ['around 650 million']],
    ['Gemini’s monthly active users are thought to number 650 million.', ['650 million']],
    ['Gemini’s monthly audience currently sits at 650 million.', ['650 million']],
    ['Gemini’s monthly users have ballooned to 650 million, Google says.', ['650 million']],
    ['Gemini’s monthly audience is said to exceed 650 million.', ['650 million']],
    ['Gemini’s monthly audience is widely pegged at 650 million.', ['650 million']],
    ["Gemini's monthly active users were last tallied at 650 million.", ['650 million']],
    ["Gemini's monthly audience, per Similarweb, is 650 million.", ['650 million']],
    ["Gemini's monthly audience is believed to stand at 650 million.", ['650 million']],
    ["Gemini's monthly audience came in at 650 million last quarter.", ['650 million']],
    ["Gemini's monthly readership is calculated to be 650 million.", ['650 million']],
  ])('an estimated audience: %s', (text, expected) => {
    expect(claims(text).map(([, t]) => t)).toEqual(expected);
  });

  it.each<string>([
    // A forecast, a modal, another period: no size of the monthly audience today.
    'Gemini’s monthly audience is expected to reach 1 billion next year.',
    'Gemini’s monthly audience is projected at 1 billion by 2027.',
    'Gemini’s monthly audience is forecast to hit 1 billion.',
    'Gemini’s monthly audience could be put at 1 billion by next year.',
    'Gemini’s weekly audience is now put at 200 million.',
    'Gemini’s monthly audience is expected to be 900 million by June.',
    'Gemini’s monthly audience is probably 900 million by now.',
    'Gemini’s monthly audience is likely to hit 900 million.',
  ])('no estimated monthly audience: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  // review21 #9: a monthly audience is the product's named nearest before it in its sentence.
  it.each<[string, string[]]>([
    [
      "Gemini's monthly audience has swollen to 650 million, while ChatGPT's monthly audience has swollen to 800 million.",
      ['650 million'],
    ],
    [
      "Gemini's monthly audience has swollen to 650 million, while Claude's has swollen to 30 million.",
      ['650 million'],
    ],
    ['Gemini: 650m MAU. ChatGPT: 800m MAU.', ['650m']],
    ['Gemini is growing fast. ChatGPT now has 800m MAUs.', []],
    ['ChatGPT now has 800m MAUs; Gemini, Google said, is growing fast.', []],
    ['ChatGPT now has 800 million monthly users; Gemini, Google said, is growing fast.', []],
    ["Gemini, Google's chatbot, now counts 650m monthly actives.", ['650m']],
    [
      'Google said Gemini now has 650 million monthly users, up from 450 million in July.',
      ['650 million', '450 million'],
    ],
  ])('whose audience: %s', (text, expected) => {
    expect(claims(text).map(([, t]) => t)).toEqual(expected);
  });

  it.each<[string, string, boolean]>([
    ['', ' MAU | up from', true],
    ['', ' MAUs.', true],
    ['', ' monthly actives', true],
    ['', ' monthly', false],
    ['Gemini users: ', ' monthly', true],
    ['an audience of ', ' monthly.', true],
    ['burns through ', ' monthly.', false],
    ['', ' monthly meetings', false],
    ['', ' MAUSOLEUM', false],
    ['Its monthly audience has swollen to ', '', true],
    ['a monthly user base of ', '', true],
    ['MAUs: ', '', true],
    ['monthly users fell by ', '', false],
    ['its weekly audience rose to ', '', false],
  ])('namesMonthlyAudience(%j, %j) is %s', (before, after, expected) => {
    expect(namesMonthlyAudience(before, after)).toBe(expected);
  });

  it.each<[string, number | undefined]>([
    ['650m MAUs', 650e6],
    ['650M\nmonthly Gemini users', 650e6],
    ['Gemini users: 650m monthly', 650e6],
    ['a 650m monthly budget', undefined],
    ['650m ChatGPT users', 650e6],
    ['a 400m race', undefined],
  ])('the letter scale in %j', (text, value) => {
    expect(findFigures(text).find((f) => f.value >= 1e6)?.value).toBe(value);
  });
});
