import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A title and its holder kept apart by an aside or a tail: "a second interim CEO, Emmett Shear of
 * Twitch", "Their pick for interim chief executive — the second in three days — was Emmett Shear",
 * "the interim chief (the third in as many days) is Emmett Shear". The holder after the title still
 * holds it; another holder, a question or a denial does not. Every sentence is invented.
 */

describe('a title whose holder follows an aside or carries a tail', () => {
  found([
    [
      'the name set off with "of <company>"',
      'By Sunday the directors had settled on a new interim CEO, Emmett Shear of Twitch.',
      [['shear-appointment', 'interim CEO']],
    ],
    [
      'the name set off with "from <company>"',
      'In came a stopgap chief executive, Emmett Shear from Twitch, on Sunday night.',
      [['shear-appointment', 'stopgap chief executive']],
    ],
    [
      'an aside between dashes before "was"',
      'Their choice for interim boss — the second in a weekend — was Emmett Shear.',
      [['shear-appointment', 'interim boss — the second in a weekend — was Emmett Shear']],
    ],
    [
      'an aside between commas before "is"',
      'The interim chief executive, as of Monday morning, is Emmett Shear.',
      [['shear-appointment', 'interim chief executive, as of Monday morning, is Emmett Shear']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['another holder after the aside', 'Emmett Shear spoke. The interim CEO — for now — is Mira Murati.'],
    ['a question', 'Their pick for interim CEO — the second in a weekend — was Emmett Shear?'],
    ['denied after the aside', 'The interim CEO — despite reports — is not Emmett Shear.'],
    [
      'another person set off with a tail',
      'Emmett Shear spoke. The firm named an interim CEO, Mira Murati of OpenAI.',
    ],
  ]);
});
