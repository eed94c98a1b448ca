import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 26: speech given without quotation marks after a verb of saying and a comma ("he's on X
 * saying, basically, I regret this"): its "I" is the one who says it, as in a quote. A parenthetical
 * "I think" of the writer's, a denial and another speaker stay unmarked. Every sentence is invented.
 */

describe('"I" in unquoted speech after "saying," is the speaker', () => {
  found([
    [
      'a hedge between commas',
      ['Ilya Sutskever sat on the board.', 'On Monday he was on X saying, basically, I regret this.'],
      [['sutskever-regret', 'regret']],
    ],
    [
      '"wrote," and a name',
      'Ilya Sutskever wrote, I deeply regret my part in the board’s actions.',
      [['sutskever-regret', 'regret my part in the board’s actions']],
    ],
    [
      '"posted," in a transcript',
      ['Ilya Sutskever voted with the board.', 'Then he posted, in effect, I regret my participation.'],
      [['sutskever-regret', 'regret my participation']],
    ],
    [
      '"said," then an apology',
      'Ilya Sutskever said, I am sorry for what happened.',
      [['sutskever-regret', 'am sorry']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['the writer\'s "I think"', 'Ilya Sutskever said, I think, that the board owed staff an apology.'],
    ['a denial', 'Ilya Sutskever was on X saying, basically, I do not regret this.'],
    ['another speaker', 'Ilya Sutskever voted. Mira Murati wrote, I regret how this went.'],
    ['the writer in a new sentence', 'Ilya Sutskever was on X. I regret that the board said so little.'],
  ]);
});
