import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const figureClaims = (block: string) => figureClaimsAfterLead([block], '2025-06-01');

describe("a count of a group its own words name counts for that group's topics only", () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Altman is one of only two members of OpenAI’s founding team who are still active there.',
      [['founders-still-at-openai', 'two']],
    ],
    [
      'Only two members of OpenAI’s 11-person founding team remain at the company.',
      [
        ['founders-still-at-openai', 'two'],
        ['founding-team-size', '11'],
      ],
    ],
    [
      'Sam Altman is now one of just two people from the original 11-member founding team still at the company.',
      [
        ['founders-still-at-openai', 'two'],
        ['founding-team-size', '11'],
      ],
    ],
    // The members named are the board's: the board's topics still read them.
    ['The board that fired him had four voting members.', [['board-size', 'four']]],
  ])('%s', (block, expected) => {
    expect(figureClaims(block)).toEqual(expected);
  });

  it.each([
    // Members of a group no topic counts are no topic's count, whatever cue is near.
    'Two members of the company’s safety team resigned from the board on Friday.',
    'The 12-person policy team reports to the board.',
  ])('%s', (block) => {
    expect(figureClaims(block).filter(([id]) => id.startsWith('board') || id.startsWith('found'))).toEqual(
      [],
    );
  });
});
