import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A post with a short tail ("from outside the company", "of its own") and its holder set off after it
 * by a colon as well as a comma: "settled on an interim CEO from outside the company: Emmett Shear".
 * The mark is the title's, as with the comma.
 * Every sentence is invented, in several registers.
 */

describe('the holder after a post, its tail and a colon holds the post', () => {
  found([
    [
      'a reporter\'s colon after "from outside the company"',
      'On Sunday the directors picked an interim chief executive from outside the company: Emmett Shear.',
      [['shear-appointment', 'interim chief executive']],
    ],
    [
      'a tail of two words',
      'The board went for a stopgap CEO from outside: Emmett Shear, who had run Twitch.',
      [['shear-appointment', 'stopgap CEO']],
    ],
    [
      'a comma as before, with a longer tail',
      'They found an interim boss from outside the firm, Emmett Shear, on Sunday night.',
      [['shear-appointment', 'interim boss']],
    ],
    [
      'a tail of "of" in a recap',
      'Recap: the board named an interim CEO of its own choosing: Emmett Shear.',
      [['shear-appointment', 'interim CEO']],
    ],
  ]);
});

describe('a colon after a post does not hand it to whoever follows', () => {
  unmarked('shear-appointment', [
    ['a question after the colon', 'An interim CEO from outside the company: was Emmett Shear ever asked?'],
    ['a sentence about another person', 'The board wanted an interim CEO from outside: Mira Murati said no.'],
    ['a hypothetical', 'If the board had wanted an interim CEO from outside the company: Emmett Shear.'],
  ]);
});
