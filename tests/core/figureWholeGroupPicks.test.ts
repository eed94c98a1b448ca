import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * "one of the four directors", "among the four board members who voted him out": the count after
 * "one of the" is the whole group a member is picked from. And a bare count that made the decision
 * ("four made the call") is the group that did what only the whole group does. Every line is invented.
 */
const boardSizes = (blocks: string[]) => figureClaimsAfterLead(blocks).filter(([id]) => id === 'board-size');

describe('the group a member is picked from is the whole group', () => {
  it.each([
    ['One of the four directors signed it.', 'four'],
    ['He was among the four board members who voted Altman out.', 'four'],
    ['Sutskever, one of its four directors, later said he regretted his part.', 'four'],
    ['FAQ: Was Sutskever on the board? Yes, he was one of the four directors who voted.', 'four'],
    ['Two of the four directors later left the board.', 'four'],
  ])('%s', (text, words) => {
    expect(boardSizes([text])).toEqual([['board-size', words]]);
  });

  it('leaves the part picked out a part', () => {
    expect(
      boardSizes(['Two of the four directors later left the board.']).map(([, words]) => words),
    ).not.toContain('Two');
  });
});

describe('a bare count that made the decision is the group that made it', () => {
  it.each([
    ['13:02 @kitefund: four made the call apparently. greg and sam weren’t in the room', 'four'],
    ['Four made the decision on Friday night.', 'Four'],
  ])('%s', (text, words) => {
    expect(boardSizes([text])).toEqual([['board-size', words]]);
  });

  it.each(['Two made it through the weekend without comment.', 'Two made a point of staying quiet.'])(
    'leaves "%s" no count',
    (text) => {
      expect(boardSizes([text])).toEqual([]);
    },
  );
});
