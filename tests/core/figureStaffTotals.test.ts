import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('the staff a part is taken from is the headcount, not the signers', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'About 500 employees out of a workforce of some 770 put their names to a letter telling the board to go.',
      [
        ['staff-letter-signatories', 'About 500'],
        ['openai-headcount', 'some 770'],
      ],
    ],
    [
      'Roughly 700 staffers, from a staff of about 770, signed the letter.',
      [
        ['staff-letter-signatories', 'Roughly 700'],
        ['openai-headcount', 'about 770'],
      ],
    ],
    [
      'Some 745 of OpenAI’s roughly 770 employees had signed by Tuesday.',
      [
        ['staff-letter-signatories', 'Some 745'],
        ['openai-headcount', 'roughly 770'],
      ],
    ],
    [
      'On Monday more than 700 of them had put their signature to an open letter, out of a workforce of around 770.',
      [
        ['staff-letter-signatories', 'more than 700'],
        ['openai-headcount', 'around 770'],
      ],
    ],
    [
      'Nearly all its 770 staff signed a letter demanding the board resign.',
      [
        ['staff-letter-signatories', 'Nearly all'],
        ['openai-headcount', '770'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(claims([sentence])).toEqual(expected);
  });

  it.each<[string, Array<[string, string]>]>([
    // What signed is the signers' count, whatever the verb.
    ['By Monday night 505 had added their names to the letter.', [['staff-letter-signatories', '505']]],
    ['Some 700 put their names to the letter.', [['staff-letter-signatories', 'Some 700']]],
  ])('still the signers: %s', (sentence, expected) => {
    expect(claims([sentence])).toEqual(expected);
  });

  it.each([
    ['770 put their names to it', undefined],
    ['505 added their names to it', undefined],
    ['10 current and former employees', 'employees'],
    ['four non-executive directors', 'directors'],
  ])('the noun of "%s"', (text, noun) => {
    expect(findFigures(text)[0]?.noun).toBe(noun);
  });
});

describe('the staff total a part is taken from, however the total is given', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Morning briefing: by lunchtime more than 700 employees, from a headcount of roughly 770, had signed a letter.',
      [
        ['staff-letter-signatories', 'more than 700'],
        ['openai-headcount', 'roughly 770'],
      ],
    ],
    [
      'Nearly 500 of them, out of a staff that the company numbered at some 770, signed a letter demanding the board resign.',
      [
        ['staff-letter-signatories', 'Nearly 500'],
        ['openai-headcount', 'some 770'],
      ],
    ],
    [
      'Transcript: so nearly 500 of them, out of a staff numbering some 770, signed the thing.',
      [
        ['staff-letter-signatories', 'nearly 500'],
        ['openai-headcount', 'some 770'],
      ],
    ],
    [
      'FAQ: Nearly 500 staff, of a workforce estimated at about 770, signed the letter.',
      [
        ['staff-letter-signatories', 'Nearly 500'],
        ['openai-headcount', 'about 770'],
      ],
    ],
    [
      'Museum caption: OpenAI had a headcount of roughly 770 when the letter circulated.',
      [['openai-headcount', 'roughly 770']],
    ],
  ])('%s', (text, expected) => {
    expect(claims([text])).toEqual(expected);
  });

  it.each<string>([
    // Near-misses: another company's headcount, and a headcount nobody's.
    'Anthropic, with a headcount of roughly 300, said nothing.',
    'Anthropic, with a workforce of roughly 300, said nothing.',
    'Broker note: Anthropic, with a staff of roughly 300, is the cheaper name.',
    'A start-up with a headcount of about 40 would never survive this.',
  ])('not a headcount of the story: %s', (text) => {
    expect(claims([text]).filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });
});

describe('a staff total given by a verb or a description after the staff noun', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Organisers said more than 700 employees had signed a letter by midday Monday, from a workforce that numbers 700-plus.',
      [
        ['staff-letter-signatories', 'more than 700'],
        ['openai-headcount', '700-plus'],
      ],
    ],
    [
      'Organisers said 720 staff had signed, out of a workforce described as 700-plus.',
      [
        ['staff-letter-signatories', '720'],
        ['openai-headcount', '700-plus'],
      ],
    ],
    [
      'Some 505 employees signed the letter, out of a staff that numbers about 770.',
      [
        ['staff-letter-signatories', 'Some 505'],
        ['openai-headcount', 'about 770'],
      ],
    ],
    [
      'The letter had about 500 signatures out of a payroll that totals 770.',
      [
        ['staff-letter-signatories', 'about 500'],
        ['openai-headcount', '770'],
      ],
    ],
  ])('%s', (sentence, expected) => {
    expect(claims([sentence])).toEqual(expected);
  });
});

describe('a gain on the way to a level is a change, not the level', () => {
  it.each([
    "Google's assistant has added roughly 200 million monthly users since the summer, reaching 650 million.",
    'Gemini gained some 200 million users this year, bringing its total to 650 million.',
    'The assistant picked up 150 million users in the quarter, taking it to 600 million.',
  ])('the gain is no level: %s', (sentence) => {
    expect(claims([sentence]).filter(([, w]) => /200|150/.test(w))).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    // Near-misses: a gain with no level after it stays as it was read.
    [
      'Gemini has 650 million monthly users, up from 450 million in July.',
      [['gemini-monthly-users', '650 million']],
    ],
  ])('near-miss: %s', (sentence, expected) => {
    expect(claims([sentence]).slice(0, 1)).toEqual(expected);
  });
});

/*
 * "nearly everyone at a company that employs roughly 770": the company an employing relative clause
 * sizes, left unnamed on a page about the story, is the story's; its size is the headcount, stated as
 * fact even inside a modal clause ("which would be nearly everyone at…").
 */
describe('the whole a relative clause sizes: "a company that employs N"', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Almost every employee signed, at a company that employs roughly 770.',
      [['openai-headcount', 'roughly 770']],
    ],
    [
      'Some 600 staff signed, at a firm which employed around 770.',
      [
        ['staff-letter-signatories', 'Some 600'],
        ['openai-headcount', 'around 770'],
      ],
    ],
    [
      'By evening 720 had signed, which would be most of a company that employs about 770.',
      [
        ['staff-letter-signatories', '720'],
        ['openai-headcount', 'about 770'],
      ],
    ],
    [
      'The letter drew nearly everyone at a start-up that employs some 770 people.',
      [['openai-headcount', 'some 770']],
    ],
  ])('%s', (sentence, expected) => {
    expect(claims([sentence])).toEqual(expected);
  });

  it.each<string>([
    'Nearly everyone signed, at a company that employs about 70.',
    'Google signed up 300 partners, at a company that employs roughly 180,000.',
    'Acme, a company that employs 770 people, has no such letter.',
    'A company that employs 770 could lose most of them if it bungled a firing.',
  ])('near-miss: %s', (sentence) => {
    expect(claims([sentence]).filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });
});
