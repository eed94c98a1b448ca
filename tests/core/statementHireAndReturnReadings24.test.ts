import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 24: how a sentence's structure says who acted — a company's name before a title in a pair
 * ("Altman and OpenAI co-founder Greg Brockman"), a clause of time after a threat ("after Altman jumps
 * to Microsoft"), deliberation in headline tense ("weighs Altman's return"), an agreement the sentence
 * undoes, a passive "left", and a group's own "they". Every sentence is invented.
 */

describe('a company name before the title of the second of a pair', () => {
  found([
    [
      '"Altman and OpenAI co-founder Greg Brockman"',
      'Nadella said Altman and OpenAI co-founder Greg Brockman would join Microsoft.',
      [['altman-joins-microsoft', 'would join Microsoft']],
    ],
    [
      '"Altman and OpenAI president Greg Brockman", passive',
      'Mr Altman and OpenAI president Greg Brockman have been hired by Microsoft.',
      [['altman-joins-microsoft', 'have been hired by Microsoft']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a pair that meets', 'Altman and Microsoft chief executive Satya Nadella met on Sunday.'],
  ]);
});

describe('a clause of time after a threat has its own subject', () => {
  found([
    [
      'headline "after Altman jumps to Microsoft"',
      'Staff threaten mass walkout after Altman jumps to Microsoft',
      [
        ['staff-letter-demand', 'threaten mass walkout'],
        ['altman-joins-microsoft', 'jumps to Microsoft'],
      ],
    ],
    [
      '"vow to quit after Microsoft snaps up Altman"',
      'Researchers vow to quit after Microsoft snaps up Altman',
      [
        ['staff-letter-demand', 'vow to quit'],
        ['altman-joins-microsoft', 'snaps up Altman'],
      ],
    ],
    [
      'past tense, body copy',
      'Staff threatened a strike after Microsoft hired Altman.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['"after" under a future threat', 'Staff will threaten to quit after Altman jumps to Microsoft.'],
    ['"after" under a modal', 'Staff could threaten a walkout after Altman jumps to Microsoft.'],
  ]);
});

describe('deliberation in every tense is not the act', () => {
  unmarked('altman-returns-as-ceo', [
    ['headline "weighs"', "OpenAI board weighs Altman's return as staff revolt enters second day"],
    ['"mull bringing him back"', 'Directors mull bringing Altman back'],
    ['"pondered reinstating"', 'The board pondered reinstating Altman.'],
    ['"debated"', "Investors debated Altman's return."],
    ['"deliberated over"', "The board deliberated over Altman's return."],
  ]);
  found([
    [
      '"agrees to" is the deal',
      "OpenAI board agrees to Altman's return",
      [['altman-returns-as-ceo', "Altman's return"]],
    ],
  ]);
});

describe('an acceptance the sentence itself undoes', () => {
  unmarked('altman-returns-as-ceo', [
    [
      '"accepted, in principle, … then hesitated"',
      'The board had accepted, in principle, that it would resign and allow Altman and co-founder Greg Brockman back, then hesitated.',
    ],
    [
      '"conceded … but then backed out"',
      'The directors conceded that Altman could come back, but then backed out.',
    ],
  ]);
  found([
    [
      'an acceptance carried out',
      'The board accepted the deal and Altman returned as CEO.',
      [['altman-returns-as-ceo', 'returned as CEO']],
    ],
  ]);
});

describe('"left" after "be" is done to him', () => {
  unmarked('brockman-exit', [
    [
      '"were left out of it"',
      'Only four directors voted; Altman and Brockman, both directors themselves, were left out of it.',
    ],
    ['"was left behind"', 'Brockman was left behind.'],
  ]);
  found([['"has left"', 'Brockman has left too.', [['brockman-exit', 'has left']]]]);
});

describe('a group that reports its own "they"', () => {
  unmarked('altman-joins-microsoft', [
    [
      '"the signatories warned, they would take up jobs"',
      'It asked for Altman and Brockman to be restored; otherwise, the signatories warned, they would take up jobs at Microsoft.',
    ],
    [
      '"employees said they had joined"',
      'Altman and Brockman were fired, and employees said they had joined Microsoft.',
    ],
  ]);
  found([
    [
      'a named speaker reports the pair',
      'Satya Nadella said Altman and Brockman would join, and the company said they had taken jobs at Microsoft.',
      [['altman-joins-microsoft', 'they had taken jobs']],
    ],
  ]);
});
