import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 26: "The letter described him as removed from the board", "the filing lists Altman as hired by
 * Microsoft": a verb of describing, its object, then "as" and a passive participle of the claim's act
 * reports that the object underwent it, as "said he had been removed" does. Every sentence is invented.
 */

describe('"described X as <participle>" reports that X underwent the act', () => {
  found([
    [
      'a pronoun object',
      ['Greg Brockman chaired the board.', 'The staff letter described him as removed from the board.'],
      [['brockman-exit', 'removed from the board']],
    ],
    [
      'a name, "characterised"',
      "OpenAI's own blog post characterised Greg Brockman as removed from the board.",
      [['brockman-exit', 'removed from the board']],
    ],
    [
      '"lists … as", another claim',
      'A filing that week listed Sam Altman as hired by Microsoft.',
      [['altman-joins-microsoft', 'hired by Microsoft']],
    ],
    [
      '"referred to … as"',
      'Early reports referred to Greg Brockman as ousted from the chairmanship.',
      [['brockman-exit', 'ousted from the chairmanship']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a denial', 'The staff letter did not describe Greg Brockman as removed from the board.'],
    ['a question', 'Did the staff letter describe Greg Brockman as removed from the board?'],
    [
      'another person',
      'Greg Brockman chaired the board. The letter described Toner as removed from the board.',
    ],
    ['a hypothetical', 'The letter would have described Greg Brockman as removed from the board.'],
  ]);
});
