import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

const LEAD = "OpenAI's board fired Sam Altman on Friday.";

describe('"up to" as a particle or a turn of phrase is no ceiling', () => {
  it.each<[string, string]>([
    ['"stood up to" after the board', 'A board of four people stood up to the most famous founder in tech.'],
    ['"faced up to"', 'A board of four people faced up to the founder.'],
    ['"squared up to"', 'A board of four directors squared up to Altman.'],
    ['"lived up to"', 'The four directors who ousted him lived up to their mandate.'],
  ])(
    'a size, no ceiling: %s',
    (_, text) => {
      const marks = figures([LEAD, text]);
      expect(marks.map(([id]) => id)).not.toContain('board-expansion');
      expect(marks.map(([id]) => id)).toContain('board-size');
    },
    20_000,
  );

  it.each<[string, string]>([
    ['a ceiling before the number', 'The board may grow to up to nine.'],
    ['a ceiling after a growth verb', 'The board will add up to nine directors.'],
  ])('still a ceiling: %s', (_, text) => {
    expect(figures([text]).map(([id]) => id)).toContain('board-expansion');
  });
});
