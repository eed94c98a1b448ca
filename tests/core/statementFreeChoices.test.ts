import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A clause opened by "wherever", "whatever", "whichever" or "whoever" names an open choice, not an
 * act that happened. Every sentence is invented.
 */

describe('an act inside a free-choice clause is not stated', () => {
  unmarked('altman-joins-microsoft', [
    ['"wherever he landed"', 'Nadella said he would back Altman wherever he landed.'],
    ['"wherever they landed"', 'The chipmaker would keep supplying the pair wherever they landed.'],
    [
      '"wherever he landed" after Microsoft',
      'Microsoft had poured billions into OpenAI, and its boss, Satya Nadella, had said openly he would partner with Altman wherever he landed.',
    ],
    ['"whichever company hired him"', 'Investors would follow Altman to whichever company hired him.'],
    ['"whoever ends up hiring"', 'Whoever ends up hiring Altman gets a bargain.'],
  ]);
});

describe('an act before or after the free-choice clause keeps its mark', () => {
  found([
    [
      'the act after a comma',
      'Whatever the board thought, Microsoft hired Altman.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
  ]);
});
