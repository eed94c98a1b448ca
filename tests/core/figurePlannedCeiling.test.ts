import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

describe('a ceiling said with a modal is a plan, not talk (plannedCeiling.ts)', () => {
  it.each<[string, string]>([
    ['The board could take on up to nine new directors.', 'up to nine'],
    ['The board may bring in as many as nine new members.', 'as many as nine'],
    ['Sources say the board might eventually take on up to nine directors.', 'up to nine'],
    ['The board could welcome up to nine new members.', 'up to nine'],
    ['The new board would be capped at nine members.', 'nine'],
  ])('%s', (text, wording) => {
    expect(figures([text])).toEqual([['board-expansion', wording]]);
  });

  it.each<string>([
    // A condition makes the ceiling talk, wherever the modal stands.
    'If the board took on up to nine directors, Microsoft would want a seat.',
    'If the board could take on up to nine directors, Microsoft would want a seat.',
    'Were the board to take on up to nine directors, Microsoft would get a seat.',
    // No ceiling: a modal's plain count stays talk.
    'The board could take on nine new directors.',
    // Growth of the staff is no board's ceiling.
    'Microsoft could take on up to 700 OpenAI staff.',
  ])('not: %s', (text) => {
    expect(figures([text]).filter(([id]) => id === 'board-expansion')).toEqual([]);
  });
});
