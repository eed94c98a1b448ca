import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/** Sentences invented in several registers (profile, column, wire, post). */
const marks = (text: string) => figureClaimsAfterLead([text], '2023-11-24');

describe('an age told with the time it held ("was 38 last time anyone checked") is an age', () => {
  it.each<[string, string, string]>([
    ['Sam Altman was 38 last time anyone checked.', 'sam-altman-age', '38'],
    ['Not bad for Sam Altman, someone who was 38 last time anyone checked.', 'sam-altman-age', '38'],
    ['Larry Summers is 68 now, and still sharp.', 'larry-summers-age', '68'],
    ['Bret Taylor was 43 then, the youngest on the new board.', 'bret-taylor-age', '43'],
    ['Adam D’Angelo turned 40 this year.', 'adam-d-angelo-age', '40'],
    ['Sam Altman is 40 as of this spring.', 'sam-altman-age', '40'],
    ['Altman was 38 back then, a boy wonder.', 'sam-altman-age', '38'],
  ])('marks the age in “%s”', (text, id, figure) => {
    expect(marks(text)).toEqual([[id, figure]]);
  });

  it.each([
    // No person before "was": no age, and no other topic's count either.
    'Revenue was 38 last quarter.',
    'OpenAI was 38 last time anyone checked the charts.',
  ])('marks no age in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id.endsWith('-age'))).toEqual([]);
  });
});
