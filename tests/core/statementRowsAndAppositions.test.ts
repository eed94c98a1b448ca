import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Where the subject of a statement stands in the layouts of reference pages and in appositions: a
 * row led by its name and a dash ("Sam Altman — Fired on a Friday, back in the job on Tuesday"), a
 * fact box's "Role: chief scientist" below a name, a table row "Name<tab>Board member, chief
 * scientist", "held the post of chief scientist", "Altman, back as chief executive, …". Every
 * sentence is invented; each beside near-misses.
 */

describe('a row led by its name and a dash', () => {
  found([
    [
      'a clause after a subjectless one',
      'Sam Altman — Fired on a Friday, back as CEO by Tuesday.',
      [['altman-returns-as-ceo', 'back as CEO']],
    ],
    [
      'the act right after the dash',
      'Sam Altman — Back in the top job on Tuesday.',
      [['altman-returns-as-ceo', 'Back in the top job']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      'another subject after the comma',
      'Sam Altman — Fired on a Friday, Murati was back in charge by Saturday.',
    ],
    ['a plan', 'Sam Altman — Fired on a Friday, hoping to be back by Tuesday.'],
  ]);
});

describe('"back" and its role set off after the name', () => {
  found([
    [
      '"Altman, back as chief executive,"',
      'Altman, back as chief executive, thanked staff.',
      [['altman-returns-as-ceo', 'back as chief executive']],
    ],
    [
      '"Altman, back at the helm,"',
      'Sam Altman, back at the helm, met investors on Thursday.',
      [['altman-returns-as-ceo', 'back at the helm']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['"back" of time', 'Altman, back in 2015, co-founded OpenAI.'],
    ['"back then"', 'Altman, back then, was little known.'],
  ]);
});

describe('a title in a fact box or a table row', () => {
  found([
    [
      '"Role:" below a name',
      ['Ilya Sutskever', 'Role: chief scientist'],
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'a table row: the name, then his roles',
      'Ilya Sutskever\tBoard member, chief scientist\tVoted to remove Altman',
      [['sutskever-title', 'chief scientist']],
    ],
  ]);
  unmarked('sutskever-title', [
    ['"Role:" with no name above', 'Role: chief scientist'],
    ['a row whose roles are of another', "Ilya Sutskever and Jeff Dean\tGoogle's chief scientist"],
  ]);
});

describe('the post of the title, held', () => {
  found([
    [
      '"held the post of chief scientist"',
      'Ilya Sutskever held the post of chief scientist.',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      '"who held the role of chief scientist"',
      'Ilya Sutskever, who held the role of chief scientist, voted with the board.',
      [['sutskever-title', 'chief scientist']],
    ],
  ]);
  unmarked('sutskever-title', [
    ['a post denied', 'Ilya Sutskever never held the post of chief scientist.'],
    ['a post wanted', 'Ilya Sutskever wanted the post of chief scientist.'],
    ["another's post", 'Jeff Dean held the post of chief scientist at Google, Ilya Sutskever said.'],
  ]);
});
