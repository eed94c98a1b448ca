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
