import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * A group split by a second count that did otherwise is counted in parts, not as a whole: "Two directors
 * voted it through and two abstained" gives no board size. Every sentence is invented.
 */
const boardSizes = (text: string) => figureClaimsAfterLead([text]).filter(([id]) => id === 'board-size');

describe('a count split by a second count that did otherwise is some of the group', () => {
  it.each([
    'Two directors voted it through and two abstained.',
    'Three directors voted to fire Altman, while one abstained.',
    'Three board members pushed the firing through; one was against.',
    'Two directors voted to remove him, with the other two opposed.',
    'Three trustees voted it through, but one dissented.',
    'Broker note: two directors decided, and two others declined to vote.',
  ])('%s', (text) => {
    expect(boardSizes(text)).toEqual([]);
  });
});

describe('a whole group that acted keeps its size when no second count splits it', () => {
  it.each([
    ['Four directors voted it through and then went silent.', 'Four'],
    ['Four directors voted it through; two of them later left the board.', 'Four'],
    ['Four directors voted it through, two days after the letter.', 'Four'],
    ['Four people made the call, and two weeks later three of them were gone.', 'Four'],
  ])('%s', (text, words) => {
    expect(boardSizes(text)).toEqual([['board-size', words]]);
  });
});
