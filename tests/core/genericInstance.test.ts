import { describe, expect, it } from 'vitest';
import { annotate, figureClaimsAfterLead as figures, STORY_LEAD } from './helpers/annotate.ts';
import { speaksOfAKind } from '../../src/core/claims/genericInstance.ts';

/*
 * A kind, not the story's instance (genericInstance.ts): an indefinite group with a timeless present, an
 * example marker or a habit; a generic subject in a general truth. Invented sentences, with near-misses.
 */
const statements = (text: string) =>
  annotate([STORY_LEAD, text])
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim' && h.claimKind === 'statement')
    .map((h) => h.id);

describe('an indefinite group spoken of as a kind takes no topic', () => {
  it.each([
    '"A letter from 20 people is a grievance," she said.',
    'Smaller versions of the same dynamic, a team of 14 writing to the chief executive, say, happen every week.',
    'A petition signed by 50 engineers is, for example, easy to ignore.',
    'A letter from 30 staff usually gets a polite reply.',
    'A group of 40 engineers writing to the board, for instance, rarely gets an answer.',
    'A letter from 25 staff often goes unanswered — boards tend to wait.',
  ])('%s', (text) => {
    expect(figures([text])).toEqual([]);
  });

  it.each<[string, Array<[string, string]>]>([
    [
      'The letter, signed by 700 employees, demanded the board resign.',
      [['staff-letter-signatories', '700']],
    ],
    [
      'A letter from 700 employees demanded the board resign on Monday.',
      [['staff-letter-signatories', '700']],
    ],
    [
      'A letter signed by more than 700 staff threatened a mass walkout.',
      [['staff-letter-signatories', 'more than 700']],
    ],
    // review23b #4: a habit word in an aside or the next clause, a past act, a denial of frequency.
    [
      'On Monday a letter from 700 staff, often described as a mutiny, demanded the board resign.',
      [['staff-letter-signatories', '700']],
    ],
    [
      'A letter from 700 staff went to the board on Monday; usually such letters fizzle.',
      [['staff-letter-signatories', '700']],
    ],
    [
      'A letter from 700 employees is not something that happens every week.',
      [['staff-letter-signatories', '700']],
    ],
    [
      'A petition signed by 700 employees drew an answer within hours, which rarely happens.',
      [['staff-letter-signatories', '700']],
    ],
  ])('the story’s letter stays: %s', (text, expected) => {
    expect(figures([text])).toEqual(expected);
  });
});

describe('people in general are not the story’s staff', () => {
  it.each([
    'Most employees threatening to resign have nowhere specific to go.',
    'Employees threatening to resign usually have a job lined up.',
    'Staff who threaten to quit rarely follow through.',
  ])('%s', (text) => {
    expect(statements(text)).not.toContain('staff-letter-demand');
  });

  it.each([
    'Most employees threatened to resign unless the board quit.',
    'Employees threaten to quit unless the board resigns.',
  ])('the story’s staff stay: %s', (text) => {
    expect(statements(text)).toContain('staff-letter-demand');
  });

  it('a past act is never a kind', () => {
    const s = 'Most employees threatened to resign, and many have since said so.';
    expect(speaksOfAKind(s, s.indexOf('threatened'))).toBe(false);
  });
});

/*
 * A threat as what a party can do, or as what any such party does: "a workforce that can credibly
 * threaten to leave has a veto", "employees can overrule a board simply by threatening to quit", "a
 * letter that says 'we'll leave' is leverage". The ability modal "can", or an indefinite noun with a
 * relative clause in a timeless present, speaks of any staff; the story's staff threatened, said they
 * would, or could.
 */
describe('a threat as an ability or a kind is not the letter’s', () => {
  it.each([
    'A staff that can threaten to walk out together holds the real power in any start-up.',
    'Engineers and investors can force a board’s hand simply by threatening to leave.',
    'A petition that says "we will resign" is a bargaining chip, not a plan.',
    'Any team that can credibly threaten a walkout has leverage over its directors.',
    'An employee who threatens to quit has a stronger hand than one who only complains.',
    'In a hot market, researchers can always threaten to decamp to a rival.',
    'A memo that says "we\'ll go" is leverage, nothing more.',
    "A team that says it'll walk is still negotiating.",
    'Any letter that says the signers will walk is a bluff until someone walks.',
    'An open letter that warns "we\'ll resign" is a negotiating tactic.',
  ])('%s', (text) => {
    expect(statements(text)).not.toContain('staff-letter-demand');
  });

  it.each([
    'Staff threatened to walk out unless the board resigned.',
    'A letter that 700 staff signed said they would quit unless the board resigned.',
    'A workforce that had threatened to leave got its way.',
    'The employees said they could leave for Microsoft unless the directors quit.',
    'Staff warned they can and will quit unless the board resigns.',
  ])('the story’s staff stay: %s', (text) => {
    expect(statements(text)).toContain('staff-letter-demand');
  });
});
