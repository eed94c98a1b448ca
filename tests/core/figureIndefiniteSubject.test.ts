import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * A clause whose subject is an unnamed organisation of another kind ("a Randolph County manufacturer",
 * "one local credit union", "a Seattle logistics firm") counts that organisation's staff and board,
 * whatever story the page carries from the blocks before. Every sentence is invented.
 */

const STORY = 'The board that fired Altman was four people.';
const after = (text: string) => figureClaimsAfterLead([STORY, text]).filter(([, w]) => w !== 'four');

describe('an unnamed organisation of another kind as subject', () => {
  it.each([
    'Last spring a Randolph County manufacturer I’ll leave unnamed, 340 employees and a board of seven, found itself with three active directors.',
    'A Seattle logistics firm, 1,200 staff strong, lost two of its five directors in a week.',
    'One local credit union with a board of nine voted to remove its chief executive.',
    'Years ago, a family-owned bakery I know had a board of three.',
    'Take a regional hospital with 700 employees: its board of seven meets monthly.',
    // The organisation acts rather than tells, so its counts stay its own.
    'A Seattle logistics firm that said it had 1,200 staff lost two of its five directors.',
    'A local bank with 700 staff told regulators it would cut jobs.',
  ])('marks nothing in %j', (text) => {
    expect(after(text)).toEqual([]);
  });

  it.each<[string, string, string]>([
    // A company of no other kind, or the story's own named in the clause, keeps the story's count.
    [
      'A company of 770 staff, OpenAI saw more than 700 sign the letter.',
      'staff-letter-signatories',
      'more than 700',
    ],
    ['A San Francisco company, OpenAI, has about 770 staff.', 'openai-headcount', 'about 770'],
    ['An AI start-up with 770 staff does not lose 700 of them quietly.', 'staff-letter-signatories', '700'],
    // review21 #12: a wire, a newspaper or a firm that tells the figure is its source, not its owner;
    // a nonprofit may be the story's own.
    [
      'A news agency said more than 700 staff had signed the letter.',
      'staff-letter-signatories',
      'more than 700',
    ],
    ['A local newspaper reported that 700 staff had signed.', 'staff-letter-signatories', '700'],
    ['A British publisher found that 700 of the staff had signed.', 'staff-letter-signatories', '700'],
    [
      'A Seattle consultancy estimated that 700 staff had signed the letter.',
      'staff-letter-signatories',
      '700',
    ],
    [
      'A nonprofit with 770 staff saw more than 700 of them sign the letter.',
      'staff-letter-signatories',
      'more than 700',
    ],
  ])('%j', (text, id, wording) => {
    expect(after(text)).toContainEqual([id, wording]);
  });
});
