import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * "Nearly all" of a whole is a share of whoever owns the whole: the owner named in the whole's noun
 * phrase ("Of Anthropic's 800 staff,", "of the 800 engineers at Anthropic") makes the share that
 * organisation's, even where the share's own clause names nobody. Every sentence is invented.
 */

const shares = (text: string) =>
  figureClaimsAfterLead([text]).filter(([, wording]) => /\ball\b/i.test(wording));

describe('a share of another organisation’s whole', () => {
  it.each([
    'Of Anthropic’s 800 staff, nearly all signed a letter of their own.',
    'Of Microsoft’s 800 AI staff, nearly all signed the letter.',
    'Nearly all of Anthropic’s 800 staff signed a letter of their own.',
    'Virtually all of Anthropic’s 800 staff signed a letter of their own.',
    'Of the 800 engineers at Anthropic, virtually all signed.',
    'Of Google DeepMind’s roughly 2,000 researchers, almost all signed a letter.',
  ])('marks no share in %j', (text) => {
    expect(shares(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['Of OpenAI’s roughly 770 employees, almost all signed the letter.', 'almost all'],
    ['Of the company’s 770 staff, nearly all signed the letter.', 'nearly all'],
    ['Of the 770 staff, nearly all signed the letter.', 'nearly all'],
    ['Nearly all of OpenAI’s 770 staff signed the letter.', 'Nearly all'],
  ])('%j', (text, wording) => {
    expect(shares(text)).toContainEqual(['staff-letter-signatories', wording]);
  });
});
