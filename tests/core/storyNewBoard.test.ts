import { describe, expect, it } from 'vitest';
import { namesStoryNewBoard } from '../../src/core/claims/storyNewBoard.ts';

describe('namesStoryNewBoard', () => {
  it.each([
    'a rebuilt three-person board with two fresh faces',
    "OpenAI's new board",
    "the company's replacement board",
    'the newly configured trio',
    'a pared-back board',
    'the slimmed-down line-up',
    'a brand-new board',
  ])('the story’s remade board: %s', (s) => {
    expect(namesStoryNewBoard(s)).toBe(true);
  });

  it.each([
    "Acme's new board",
    'the old board',
    'a new chief executive',
    'the board of directors',
    'three new board members',
    // review23 #7: a pronoun's board is whoever the text before names.
    'Its new board has two newcomers.',
    'their reconstituted board',
    'Quora said its slimmed-down board would meet monthly.',
  ])('no remade board of the story: %s', (s) => {
    expect(namesStoryNewBoard(s)).toBe(false);
  });
});
