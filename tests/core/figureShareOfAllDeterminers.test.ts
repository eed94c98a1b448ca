import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * "Nearly all of <whole>" with the whole's determiner in any of its forms: an indefinite company
 * ("a company's"), a described one ("the start-up's", "this firm's"), with "entire" or an
 * approximation before the count. Every sentence is invented.
 */

const marks = (text: string) => figureClaimsAfterLead([text]);

describe('a share in words of a whole with any determiner', () => {
  it.each<[string, string]>([
    [
      'When nearly all of a company’s 800 employees put their names to one letter, the board listens.',
      'nearly all',
    ],
    ['Almost all of the start-up’s 770 staff signed the letter.', 'Almost all'],
    ['Virtually all of this firm’s roughly 770 employees signed the letter.', 'Virtually all'],
    ['Nearly all of the lab’s entire 770 staff signed the letter.', 'Nearly all'],
  ])('%s', (text, wording) => {
    expect(marks(text)).toContainEqual(['staff-letter-signatories', wording]);
  });

  it.each([
    // Another company's whole.
    'Nearly all of Google’s 180,000 employees use Gmail.',
    // No whole after the share.
    'Nearly all of a company’s staff can be wrong.',
  ])('marks no signers in “%s”', (text) => {
    expect(marks(text).filter(([id]) => id === 'staff-letter-signatories')).toEqual([]);
  });
});
