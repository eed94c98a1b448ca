import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * Approximations as people say them ("something like", "the best part of", "getting on for"), and a
 * capitalised pronoun opening speech ("You've put…"), which is no company owning the figure. Every
 * line is invented: an earnings call, a panel transcript, a British column.
 */
describe('spoken and British approximations', () => {
  it.each([
    [
      "Analyst, Harborline Securities: You've put something like $13 billion behind OpenAI.",
      'something like $13 billion',
    ],
    ['Microsoft has invested the best part of $13 billion in OpenAI.', 'the best part of $13 billion'],
    ['Microsoft has poured getting on for $13 billion into OpenAI.', 'getting on for $13 billion'],
  ])('%s', (text, words) => {
    expect(figureClaimsAfterLead([text])).toEqual([['microsoft-investment', words]]);
  });
});

describe('a pronoun opening speech is no company', () => {
  it('reads "You\'ve put" as the addressee\'s investment', () => {
    expect(figureClaimsAfterLead(["Analyst: You've put $13 billion behind OpenAI."])).toEqual([
      ['microsoft-investment', '$13 billion'],
    ]);
  });

  it.each([
    "You've got Alphabet, which put $2 billion into Anthropic.",
    "We've seen Amazon invest $4 billion in Anthropic.",
  ])('still gives another company its own money: %s', (text) => {
    expect(figureClaimsAfterLead([text]).filter(([id]) => id === 'microsoft-investment')).toEqual([]);
  });
});
