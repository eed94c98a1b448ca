import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marked = (text: string) => figureClaimsAfterLead([text], '2023-11-24');

describe('a measure noun before a figure names the figure, not an unnamed owner', () => {
  it.each<[string, string]>([
    ['Kara Swisher posted a figure of 505 signatures on the staff letter.', '505'],
    ['The organizers reported a tally of 745 signatures by Monday night.', '745'],
    ['By noon the letter had reached a total of 702 signatures.', '702'],
    ['Organisers gave a count of 650 signatures for the open letter.', '650'],
  ])('marks “%s”', (text, wording) => {
    expect(marked(text)).toContainEqual(['staff-letter-signatories', wording]);
  });

  it.each([
    // An organisation the sentence leaves unnamed still owns its count.
    'A start-up with 60 employees signed a letter of its own.',
    'A rival lab of 150 staff wrote an open letter too.',
  ])('leaves “%s” unmarked', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
