import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A title after a negated copula is denied, not stated: "is not its interim chief executive",
 * "isn't the CEO", "is no longer chief scientist", "was never", "has never been". The near-misses
 * grant the title: "not only … but", "is now", "remains". Every sentence is invented.
 */

describe('a title denied by its copula', () => {
  unmarked('shear-appointment', [
    ['"is not its interim chief executive"', 'Emmett Shear is not its interim chief executive.'],
    ['"isn\'t the interim CEO"', "Emmett Shear isn't the interim CEO."],
    ['"is not OpenAI\'s"', "Emmett Shear is not OpenAI's interim chief executive."],
    ['"is no longer"', 'Emmett Shear is no longer its interim chief executive.'],
    ['"never was"', 'Emmett Shear never was its interim chief executive.'],
    ['"has never been"', 'Emmett Shear has never been interim CEO.'],
    ['in a relative clause', 'Emmett Shear, who is not the interim CEO, spoke to staff.'],
    // The title as a subject, "is" and its holder: the sentence says who, and it is someone else.
    ['the title held by another', 'Emmett Shear spoke. The interim CEO is Mira Murati.'],
    ['the title denied to him after it', 'Emmett Shear spoke. The interim CEO is not Emmett Shear.'],
  ]);
  unmarked('sutskever-title', [
    ['"is not its chief scientist"', 'Ilya Sutskever is not its chief scientist.'],
    ['"is no longer chief scientist"', 'Ilya Sutskever is no longer chief scientist.'],
    ['"was never"', 'Ilya Sutskever was never its chief scientist.'],
  ]);
});

describe('a title the copula grants', () => {
  found([
    [
      '"not only … but"',
      'Emmett Shear is not only its interim chief executive but also its loudest critic.',
      [['shear-appointment', 'interim chief executive']],
    ],
    [
      '"is now its interim chief"',
      'Emmett Shear is now its interim chief executive.',
      [['shear-appointment', 'interim chief executive']],
    ],
    [
      '"remains"',
      'Ilya Sutskever remains chief scientist.',
      [['sutskever-title', 'remains chief scientist']],
    ],
    [
      'the negation on someone else',
      'Emmett Shear is interim CEO, not Mira Murati.',
      [['shear-appointment', 'is interim CEO']],
    ],
  ]);
});
