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
    // "carried it", the vote named before.
    [
      'The two founders were shut out of the vote; four directors carried it, among them the chief scientist.',
      'four',
    ],
    ['It came to a board vote, and just four members passed it.', 'four'],
    // Those left on the board are all who decided when the decision is theirs.
    ['The decision was taken by the four remaining directors.', 'four'],
    ['Seven sat on the board once; the vote to fire him was cast by the four surviving directors.', 'four'],
    ['The call was made by the four directors still on the board.', 'four'],
    ['In the end the ouster rested with the four members who remained.', 'four'],
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
    // "carried it out", "carried it off": another act; those left, as a subject, may be some of it.
    'After the vote, four directors carried it out in silence.',
    'The board met, and four staffers carried it off to the archive.',
    'The four remaining directors resigned in protest.',
    'The letter went to the four directors still on the board.',
  ])('marks no board size in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id === 'board-size')).toEqual([]);
  });
});
