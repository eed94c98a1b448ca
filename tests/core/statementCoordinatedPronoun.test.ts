import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 26: a pronoun joined to a name as one phrase ("hired him and Brockman", "him, and Brockman
 * too", "Brockman and him") cannot mean that name: it means the other person told of. Every sentence
 * is invented.
 */

describe('a pronoun joined to a name means someone else', () => {
  found([
    [
      '"hired him and Brockman" in the block after one that ends on Brockman',
      [
        'The board removed Altman on Friday. Brockman quit hours later.',
        'By Sunday Microsoft had hired him and Brockman.',
      ],
      [
        ['brockman-exit', 'quit'],
        ['altman-joins-microsoft', 'had hired him and Brockman'],
      ],
    ],
    [
      '"him, and Brockman too" in the block after one that ends on Brockman',
      [
        'Four directors voted Altman out. Brockman was stripped of the chair and walked out that night.',
        'On Sunday Microsoft said it had hired him, and Brockman too, to run a new lab.',
      ],
      [
        ['brockman-exit', 'was stripped of the chair'],
        ['brockman-exit', 'walked out'],
        ['altman-joins-microsoft', 'had hired him'],
      ],
    ],
    [
      '"Brockman and him", the name first',
      'The directors pushed Altman out. Brockman left in protest. Microsoft then took on Brockman and him.',
      [
        ['brockman-exit', 'left in protest'],
        ['altman-joins-microsoft', 'took on Brockman and him'],
      ],
    ],
    [
      '"him as well as Brockman" in a comment',
      'Altman got fired on a Friday. Brockman walked out the same night. Then Microsoft hired him as well as Brockman.',
      [
        ['brockman-exit', 'walked out'],
        ['altman-joins-microsoft', 'hired him'],
      ],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    [
      'another employer',
      'The board removed Altman. Brockman quit hours later. Within two days Google had hired him and Brockman.',
    ],
    [
      'a question',
      'The board removed Altman. Brockman quit hours later. Will Microsoft hire him and Brockman?',
    ],
    [
      'an offer, not a hire',
      'The board removed Altman. Brockman quit hours later. Microsoft offered jobs to him and Brockman.',
    ],
    [
      'two other men named before: nobody to mean',
      "Shear replaced Murati. Brockman quit hours later. D'Angelo stayed. Microsoft had hired him and Brockman.",
    ],
  ]);
});
