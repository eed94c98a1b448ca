import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * Counted nouns the staff and the board go by besides "employees" and "directors": staff named by
 * their trade ("engineers and researchers"), "team members", "a 770-strong workforce", and
 * "administrators" (a board's members in translated editions, an office's staff in English; the
 * count's size tells which). Every sentence is invented, across wire copy, captions and transcripts.
 */
describe('staff named by their trade, or as team members, are the signers a cue speaks of', () => {
  it.each([
    ['The letter, signed by 745 engineers and researchers, demanded the board resign.', '745'],
    ['Nearly 700 scientists and engineers at OpenAI signed the letter.', 'Nearly 700'],
    ['More than 700 researchers, engineers and other staff signed the letter.', 'More than 700'],
    ['More than 700 team members signed the letter.', 'More than 700'],
    ['SPEAKER 2: I mean, upwards of 700 OpenAI engineers threatened to quit.', 'upwards of 700'],
    ['More than 700 administrators and staff signed the letter demanding the board resign.', 'More than 700'],
  ])('%s', (text, words) => {
    expect(figureClaimsAfterLead([text])).toEqual([['staff-letter-signatories', words]]);
  });

  it.each([
    // A trade names no topic by itself, and some of the staff is never their total.
    "OpenAI's 300 researchers work on the models.",
    'OpenAI has 300 engineers.',
    'OpenAI has 300 administrators.',
    // "two founding team members" are founders, not the staff.
    'Two founding team members remain at the company.',
  ])('leaves "%s" no count of signers or of the staff', (text) => {
    expect(
      figureClaimsAfterLead([text]).filter(
        ([id]) => id === 'staff-letter-signatories' || id === 'openai-headcount',
      ),
    ).toEqual([]);
  });
});

describe('"administrators" as translated editions name a board’s members', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Faced with a revolt of the personnel, the four administrators had little room for manoeuvre.',
      [['board-size', 'four']],
    ],
    ["OpenAI's four administrators fired Altman on Friday.", [['board-size', 'four']]],
    [
      'The mission of the trio will be to choose up to nine administrators to enlarge the board.',
      [['board-expansion', 'up to nine']],
    ],
  ])('%s', (text, expected) => {
    expect(figureClaimsAfterLead([text])).toEqual(expected);
  });
});

describe('"-strong" gives the whole workforce’s size', () => {
  it.each([
    ['The 770-strong workforce threatened to quit.', '770'],
    ['A 770-strong staff threatened to walk out.', '770'],
  ])('%s', (text, words) => {
    expect(figureClaimsAfterLead([text])).toEqual([['openai-headcount', words]]);
  });

  it('leaves a strong team of founders to the founders', () => {
    expect(
      figureClaimsAfterLead(['One of an 11-strong group of co-founders, Brockman stayed.']).filter(
        ([id]) => id === 'openai-headcount',
      ),
    ).toEqual([]);
  });
});
