import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

const LEAD = "OpenAI's board fired Sam Altman on Friday.";

describe('a definite count whose relative clause names the removal is the acting board', () => {
  it.each<[string, string]>([
    ['voted to oust, as an object', 'Investors blamed the four board members who voted to oust him.'],
    ['after a preposition', 'Employees were furious with the four directors who fired Altman.'],
    ['"that" and a phrasal removal', 'Staff turned on the four people that pushed him out.'],
    ['"those"', 'Nobody had heard from those four directors who ousted him.'],
  ])(
    'marks board-size: %s',
    (_, text) => {
      expect(figures([LEAD, text]).map(([id]) => id)).toContain('board-size');
    },
    20_000,
  );

  it.each<[string, string]>([
    ['a part that left', 'Investors blamed the two directors who later resigned.'],
    ['an indefinite part voting against', 'Two directors who voted against him kept their seats.'],
    ['a definite part voting against', 'The two directors who voted against the move stayed on.'],
  ])('not board-size: %s', (_, text) => {
    expect(figures([LEAD, text]).map(([id]) => id)).not.toContain('board-size');
  });
});

describe('a definite count with no noun, "the four who removed him", is the acting board too', () => {
  it.each<[string, string]>([
    ['one of them, a scientist', 'Sutskever, a director himself, was one of the four who removed Altman.'],
    ['a commenter’s phrasal removal', 'Funny thing: Ilya was one of the four who pushed him out.'],
    ['a holdover from them', 'D’Angelo was the only holdover from the four who had dismissed him.'],
    ['"that" and "ousted"', 'Staff still blame the four that ousted Altman.'],
    ['"those" and "fired"', 'None of those four who fired Altman has explained the vote.'],
  ])(
    'marks board-size: %s',
    (_, text) => {
      expect(figures([LEAD, text]).map(([id]) => id)).toEqual(['board-size']);
    },
    20_000,
  );

  it.each<[string, string]>([
    ['a part that left', 'Of the board, the two who later resigned kept quiet.'],
    ['a part voting against', 'The two who voted against the move stayed on.'],
    ['those who signed', 'Sutskever was one of the 700 who signed the letter.'],
    ['a question', 'Were they the four who removed him, or only some of them?'],
    ['a group that did something else', 'After the return, the three who stayed on said nothing.'],
  ])('not board-size: %s', (_, text) => {
    expect(figures([LEAD, text]).map(([id]) => id)).not.toContain('board-size');
  });
});
