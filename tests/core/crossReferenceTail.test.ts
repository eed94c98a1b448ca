import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Pointers to other pages state nothing: an entry's closing "See also: …" (glossaries, wikis, fact
 * boxes) and a rail headed "You might also like". The block's own sentences before the tail, and a
 * colon after "see" inside a sentence, still report. Every sentence is invented.
 */

describe('a closing cross-reference tail names other entries', () => {
  unmarked('microsoft-board-observer', [
    [
      'a glossary entry’s "See also:"',
      'Microsoft hired Altman, then he went back to OpenAI. See also: Greg Brockman, Board observer',
    ],
    ['a wiki’s "Related:"', 'Altman returned to OpenAI within the week. Related: Microsoft observer seat'],
    ['"Compare:"', 'The new board had three members. Compare: non-voting observer'],
    [
      'a rail headed "You might also like"',
      ['You might also like', 'What Microsoft’s observer seat actually allows'],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a tail naming an entry of the return', 'Brockman left that night. See also: Altman’s return'],
  ]);
  found([
    [
      'the sentence before the tail',
      'Microsoft took a board observer seat. See also: Satya Nadella',
      [['microsoft-board-observer', 'board observer']],
    ],
    [
      '"see" inside a sentence with its colon',
      'We will see: Microsoft hired Altman and then lost him.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
    [
      'a sentence that opens with "See how"',
      'See how fast it went. Microsoft hired Altman on Sunday.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
  ]);
});
