import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const marked = (text: string) => figureClaimsAfterLead([text], '2023-11-24');

describe("a date aside or a modifier of the board does not split the board's own removal vote (groupActAside.ts)", () => {
  it.each([
    'Four members of the old board voted Friday, Nov. 17, to remove Altman.',
    'Four members of the old board voted to remove Altman.',
    'Four members of the board voted on Friday to remove Altman.',
    'Four directors voted late Friday to oust Altman.',
    "Four members of OpenAI's former board voted unanimously last week to fire him.",
  ])('marks the board’s size in “%s”', (text) => {
    expect(marked(text)).toContainEqual(['board-size', 'Four']);
  });

  it.each([
    // Some members acting otherwise, or a vote split by a second count, is a part of the board.
    'Two members of the old board voted Friday to keep Altman.',
    'Two members of the old board left on Friday.',
    'Two members of the board voted Friday to remove Altman and two abstained.',
  ])('leaves “%s” unmarked', (text) => {
    expect(marked(text)).toEqual([]);
  });
});
