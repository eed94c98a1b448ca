import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/**
 * A topic of one moment (the board that fired Altman, the staff of November 2023) has one size: a
 * count the page dates to another time, carried to it from a count said before, must still be of
 * that size's order of magnitude.
 */
const marks = (blocks: string[], published: string) => figureClaimsAfterLead(blocks, published);
/** The topics of one moment a carried count could land on; Gemini's own monthly users may take its count. */
const MOMENT_TOPICS = new Set(['board-size', 'staff-letter-signatories', 'openai-headcount']);

describe('a count dated elsewhere is held to a moment’s size', () => {
  it.each<[string[], string]>([
    [
      [
        'It is easy to forget. In November 2023 four directors removed Altman.',
        'The competition is real. In July, Gemini counted 450 million people a month.',
      ],
      '2025-12-29',
    ],
    [
      [
        'In November 2023 four directors voted Altman out.',
        'By March, the app had counted 90 million downloads; analysts tallied 120 million by June.',
      ],
      '2024-08-01',
    ],
  ])('marks none of the later counts in %j', (blocks, published) => {
    expect(
      marks(blocks, published).filter(([id, text]) => MOMENT_TOPICS.has(id) && /million/.test(text)),
    ).toEqual([]);
  });

  it('still carries a count of the moment’s size', () => {
    expect(
      marks(
        [
          'On Monday the staff letter circulated, and signatures kept arriving all day.',
          'One outlet counted 505 by lunchtime on Monday.',
        ],
        '2023-11-21',
      ),
    ).toContainEqual(['staff-letter-signatories', '505']);
  });
});
