import { describe, expect, it } from 'vitest';
import { inTitle } from '../../src/core/claims/figurePeriod.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * A time word in a title ("Business Today", "USA Today", "India Today") names an outlet, not the time
 * of writing: on a page written months later it does not date the figure beside it to the page's day.
 * A "today"/"now" of the writer's still does. Every sentence is invented.
 */

const LATER = '2024-03-21';
const signatories = (text: string, published = LATER) =>
  figureClaimsAfterLead([text], published).filter(([id]) => id === 'staff-letter-signatories');

describe('a time word in an outlet’s name', () => {
  it.each<[string, string]>([
    ['Kara Swisher reported 505 signatures, Business Today 490, and the organisers more than 700.', '490'],
    [
      'Kara Swisher reported 505 signatures, Business Today 490, and the organisers more than 700.',
      'more than 700',
    ],
    ['USA Today put the count at 505 signatures.', '505'],
    ['India Today said 700 staff had signed the letter.', '700'],
  ])('%j keeps %s', (text, wording) => {
    expect(signatories(text)).toContainEqual(['staff-letter-signatories', wording]);
  });

  it.each([
    // The writer's own now: the count is dated to the page's day, months after the letter.
    'Today 505 staff have signed the letter.',
    'The staff letter now has 505 signatures.',
  ])('dates %j to the page', (text) => {
    expect(signatories(text)).toEqual([]);
  });
});

// review21 #14: a sentence that ends in a name ("…OpenAI. Today") does not make the next "Today" a title's.
describe('inTitle', () => {
  it.each<[string, boolean]>([
    ['Speaking to USA Today', true],
    ['the U.S. Today', true],
    ["ABC's This", true],
    ['Altman returned to OpenAI. Today', false],
    ['He left Microsoft. Now', false],
    ['It is raining. Today', false],
  ])('%j', (words, expected) => {
    const at = words.lastIndexOf(' ') + 1;
    expect(inTitle(words, at)).toBe(expected);
  });
});
