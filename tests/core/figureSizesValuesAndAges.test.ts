import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as claims } from './helpers/annotate.ts';

describe('a group’s size as where it stands', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      "After Friday, the board stands at four: Adam D'Angelo, Tasha McCauley, Helen Toner and Ilya Sutskever.",
      [['board-size', 'four']],
    ],
    ['The board now stands at four after the ouster of Altman and Brockman.', [['board-size', 'four']]],
    ["OpenAI's staff stood at about 770 in November.", [['openai-headcount', 'about 770']]],
  ])('%s', (sentence, expected) => {
    expect(claims([sentence])).toEqual(expected);
  });

  it('standing at odds is no size', () => {
    expect(claims(['The board stands at odds with staff over the 505 signatures.'])).toEqual([
      ['staff-letter-signatories', '505'],
    ]);
  });
});

describe('the valuation in a compound before "start-up", as before "startup"', () => {
  it.each<[string, string]>([
    ['Departures mount at the $500bn start-up as staff complain.', '$500bn'],
    ['OpenAI, the $86bn start-up, was in turmoil.', '$86bn'],
  ])('%s', (sentence, wording) => {
    expect(claims([sentence])).toEqual([['openai-valuation', wording]]);
  });
});

describe('an age before a role set off by a comma before the name', () => {
  it('is the named person’s', () => {
    expect(
      claims(['The board removes its 38-year-old co-founder and chief executive, Sam Altman, on Friday.']),
    ).toEqual([['sam-altman-age', '38']]);
  });

  it('not across a clause', () => {
    expect(claims(['Microsoft fired its 38-year-old manager, and Sam Altman watched.'])).toEqual([]);
  });
});
