import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * "the two founders", "both men", "the two ousted executives": a group word heading a plural noun for
 * people stands for the two people just named, noun and all (groupNoun.ts); a noun naming a post must fit
 * both people's roles. Invented lines.
 */

describe('a group word and its noun refer to the pair just named', () => {
  found([
    [
      '"the two founders", the roles fitting',
      [
        "OpenAI's board fired Sam Altman and pushed out Greg Brockman.",
        'On Sunday night the two founders joined Microsoft.',
      ],
      [['altman-joins-microsoft', 'joined Microsoft']],
    ],
    [
      '"both men"',
      [
        'OpenAI removed Sam Altman and Greg Brockman on Friday.',
        'By Monday both men had signed on with Microsoft.',
      ],
      [['altman-joins-microsoft', 'had signed on with Microsoft']],
    ],
    [
      '"the two ousted co-founders", an adjective between',
      [
        'OpenAI removed Sam Altman and Greg Brockman on Friday.',
        'On Sunday the two ousted co-founders joined Microsoft.',
      ],
      [['altman-joins-microsoft', 'joined Microsoft']],
    ],
  ]);
});

describe('near-misses', () => {
  unmarked('altman-joins-microsoft', [
    [
      'a post the pair do not hold ("founders" of two who founded nothing)',
      ['Mira Murati and Satya Nadella spoke on Sunday.', 'Later the two founders joined Microsoft.'],
    ],
    [
      'a noun that is not people',
      [
        'OpenAI removed Sam Altman and Greg Brockman on Friday.',
        'Microsoft joined the two companies in a venture.',
      ],
    ],
  ]);
});
