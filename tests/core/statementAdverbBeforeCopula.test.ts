import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * An adverb between a subject (a name, or "who") and the copula or "serves as" of a title:
 * "who also serves as chief scientist", "who now serves as interim chief executive". The
 * subject is read through up to two adverbs; a negation ("never", "no longer") still denies.
 * Read off a miss of set 21 ("Ilya Sutskever, a board member who also serves as chief
 * scientist at OpenAI"); every sentence here is invented.
 */

describe('an adverb before "serves as" or the copula of a title', () => {
  found([
    [
      '"who also serves as"',
      'Ilya Sutskever, who also serves as chief scientist at OpenAI, signed the letter.',
      [['sutskever-title', 'serves as chief scientist']],
    ],
    [
      'an apposition, then "who also serves as"',
      'Ilya Sutskever, a director who also serves as chief scientist, backed the move.',
      [['sutskever-title', 'serves as chief scientist']],
    ],
    [
      '"who now serves as", another title',
      'Emmett Shear, who now serves as interim chief executive, spoke on Monday.',
      [['shear-appointment', 'serves as interim chief executive']],
    ],
  ]);
  unmarked('sutskever-title', [
    ['"no longer serves as"', 'Ilya Sutskever, who no longer serves as chief scientist, signed the letter.'],
    ['"never served as"', 'Ilya Sutskever, who never served as chief scientist, signed the letter.'],
  ]);
  unmarked('shear-appointment', [
    ['another person with an adverb', 'Satya Nadella, who also serves as chairman, spoke on Monday.'],
  ]);
});
