import { describe, expect, it } from 'vitest';
import { attributedPerson } from '../../src/core/claims/attributionLine.ts';
import { scanBlock, scanStatements } from '../../src/core/page/scanBlock.ts';
import { matcher } from './helpers/annotate.ts';

const page = { published: '2023-11-22' };
const line = (text: string) => scanBlock(matcher, text, { page });
const claimsOfCard = (quote: string, attribution: string) =>
  scanStatements(matcher, line(quote), undefined, line(attribution)).map((h) => h.claimId);

describe('the line under a quote that says whose words they are', () => {
  it.each<[string, string]>([
    ['— Greg Brockman (@gdb), Nov 17', 'greg-brockman'],
    ['– Ilya Sutskever, on X', 'ilya-sutskever'],
    ['Who: Greg Brockman, co-founder and president, late Friday', 'greg-brockman'],
    ['Said by: Mira Murati, chief technology officer', 'mira-murati'],
    ['Speaker — Sam Altman, at the DevDay keynote', 'sam-altman'],
    ['Source: Ilya Sutskever, on X, Monday', 'ilya-sutskever'],
    ['Attributed to Helen Toner', 'helen-toner'],
    ['Quote by: Satya Nadella, Microsoft chief executive', 'satya-nadella'],
    ['From: Greg Brockman', 'greg-brockman'],
    ['SPEAKER: Greg Brockman', 'greg-brockman'],
    ['Who said it — Sam Altman, Sunday', 'sam-altman'],
    ['By: Mira Murati', 'mira-murati'],
    ['Posted by Greg Brockman on X', 'greg-brockman'],
    ['Author: Ilya Sutskever', 'ilya-sutskever'],
  ])('%s', (text, person) => {
    expect(attributedPerson(matcher, line(text))).toBe(person);
  });

  it.each([
    'Who: OpenAI’s board of directors, Friday 17 November',
    'Source: Reuters, citing Sam Altman',
    'From Sam Altman’s point of view, nothing changed.',
    'Greg Brockman, co-founder, quit late on Friday.',
    'Who is Ilya Sutskever?',
    'By Sam Altman',
    'Sources: Greg Brockman is said to be leaving',
  ])('gives no speaker: %s', (text) => {
    expect(attributedPerson(matcher, line(text))).toBeUndefined();
  });
});

describe('a quote card signed below it is the signer’s statement', () => {
  it.each<[string, string, string]>([
    ['“Based on today’s news, I quit.”', 'Who: Greg Brockman, co-founder and president', 'brockman-exit'],
    ['“Based on today’s news, I quit.”', '— Greg Brockman, on X', 'brockman-exit'],
    [
      '“I deeply regret my participation in the board’s actions.”',
      'Source: Ilya Sutskever, on X, Monday',
      'sutskever-regret',
    ],
  ])('%s / %s', (quote, attribution, claim) => {
    expect(claimsOfCard(quote, attribution)).toEqual([claim]);
  });

  it('gives the card no speaker when the line under it is no attribution', () => {
    expect(claimsOfCard('“Based on today’s news, I quit.”', 'Greg Brockman was president.')).toEqual([]);
    expect(claimsOfCard('“Based on today’s news, I quit.”', 'Source: Reuters, citing Greg Brockman')).toEqual(
      [],
    );
  });
});
