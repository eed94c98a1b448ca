import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marks = (text: string) => figureClaimsAfterLead([text]);

describe('the count of the group that decided, after a time phrase or with the decision as its act', () => {
  it.each<[string, string]>([
    // A clause opened by a time phrase and no comma.
    ['On 17 November four of them voted to remove chief executive Sam Altman.', 'four'],
    ['That Friday four directors fired him.', 'four'],
    ['In November 2023 four people made the call.', 'four'],
    ['Within hours the four directors had ousted him.', 'four'],
    ['Late on Friday just four board members removed him.', 'four'],
    // The decision itself as the act.
    ['Only four directors carried the vote; Altman and Brockman, themselves members, lost it.', 'four'],
    ['Four board members passed the resolution.', 'Four'],
    ['The four directors backed his removal.', 'four'],
    ['Four directors voted for Altman’s dismissal.', 'Four'],
  ])('%s', (text, wording) => {
    expect(marks(text)).toContainEqual(['board-size', wording]);
  });

  it.each([
    // A vote split by a second count: some of the group.
    'Two directors backed his removal and two abstained.',
    // Other groups, other acts.
    'Four shareholders backed the resolution at the annual meeting.',
    'In 2024 four new directors joined the board.',
    'The city council carried the vote by four votes.',
    'On Friday four directors of the charity resigned.',
  ])('marks no board size in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id === 'board-size')).toEqual([]);
  });
});
