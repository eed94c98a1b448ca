import { describe, expect, it } from 'vitest';
import { isMoneyHeldIn } from '../../src/core/claims/moneyHeldIn.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * Money a backer holds in a company, said with "have" or "be in for": "which has $13 billion in
 * this", "is in for $13 billion". Every sentence is invented.
 */

const marks = (text: string) => figureClaimsAfterLead([text]);
const investment = (text: string) => marks(text).filter(([id]) => id === 'microsoft-investment');

describe('money held in a company is an investment', () => {
  it.each<[string, string]>([
    ['Microsoft, which has $13 billion in this, is on the phone with everyone.', '$13 billion'],
    ['Microsoft has some $13bn in OpenAI and wants a say.', 'some $13bn'],
    ['Microsoft already has about $13 billion in the start-up.', 'about $13 billion'],
    ['Microsoft is in for $13 billion.', '$13 billion'],
    ['Microsoft is into OpenAI for about $13 billion.', 'about $13 billion'],
  ])('%s', (text, wording) => {
    expect(investment(text)).toContainEqual(['microsoft-investment', wording]);
  });

  it('in a long block with no cue word, the held money is still read', () => {
    expect(
      investment(
        'Investors are furious. Microsoft, which has $13 billion in this, is on the phone with everyone. Talks about bringing him back go nowhere, and on Sunday night Satya Nadella announces that Altman is going to work for Microsoft.',
      ),
    ).toContainEqual(['microsoft-investment', '$13 billion']);
  });

  it.each([
    // Another holder, another company.
    'Google has $2 billion in Anthropic.',
    // Cash, revenue and the bank are what a company holds or earns.
    'Microsoft has $13 billion in cash on hand.',
    'OpenAI has $10 billion in revenue.',
    'Microsoft had $13 billion in the bank.',
  ])('marks no investment in “%s”', (text) => {
    expect(investment(text)).toEqual([]);
  });

  it('reads the wording itself', () => {
    expect(isMoneyHeldIn('Microsoft, which has ', ' in this, is')).toBe(true);
    expect(isMoneyHeldIn('Microsoft is in for ', '.')).toBe(true);
    expect(isMoneyHeldIn('Microsoft has ', ' in cash')).toBe(false);
    expect(isMoneyHeldIn('Microsoft earned ', ' in OpenAI')).toBe(false);
  });
});

/*
 * Money attached to its holder with no verb at all: "<investor> with its $N", "<investor> with $N in",
 * "<investor> ($N in, …)". The holder's money in the company, as "has $N in it" says. Invented sentences.
 */
describe('money attached to its holder without a verb is the holder’s investment', () => {
  it.each<[string, string]>([
    ['Even Microsoft, with its $13 billion, found out a minute before the rest of us.', '$13 billion'],
    ['Backers such as Microsoft (some $13bn in) had no say in the vote.', 'some $13bn'],
    ['Microsoft, with roughly $13 billion in, was told a minute beforehand.', 'roughly $13 billion'],
    ['The loudest voice was Microsoft ($13 billion in OpenAI so far), which wanted him back.', '$13 billion'],
    ['Then there is Microsoft with its $13bn riding on the outcome.', '$13bn'],
  ])('%s', (text, wording) => {
    expect(investment(text)).toContainEqual(['microsoft-investment', wording]);
  });

  it.each([
    // What the holder is worth, earns or holds in cash is no money put into the company.
    'Microsoft with its $2.8 trillion market value barely noticed.',
    'Microsoft (with $13 billion in cash) could afford to wait.',
    'Microsoft, with $13 billion in quarterly profit, shrugged.',
    // Another holder's money in another company.
    'Amazon, with its $4 billion in Anthropic, watched closely.',
    // A hypothetical.
    'A company with $13 billion in would want a seat.',
  ])('marks no investment in “%s”', (text) => {
    expect(investment(text)).toEqual([]);
  });
});
