import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Words let into an act that do not change it: a parenthesis after the object ("picks Emmett Shear
 * (ex-Twitch) as interim CEO") and a phrase that stands as one adverb in the verb group ("was in fact
 * named"). Every sentence is invented.
 */

describe('a parenthesis after the object', () => {
  found([
    [
      'a headline with "(ex-Twitch)"',
      'Board picks Emmett Shear (ex-Twitch) as interim CEO',
      [['shear-appointment', 'picks Emmett Shear (ex-Twitch) as interim CEO']],
    ],
    [
      'a description in parentheses',
      'The directors named Emmett Shear (a Twitch co-founder) interim chief executive on Sunday.',
      [['shear-appointment', 'named Emmett Shear (a Twitch co-founder) interim chief executive']],
    ],
    [
      'an interim footing after the parenthesis',
      'The board installed Emmett Shear (once of Twitch) as chief executive on an interim footing.',
      [['shear-appointment', 'installed Emmett Shear (once of Twitch) as chief executive on an interim']],
    ],
    [
      'an age in parentheses',
      'OpenAI appointed Emmett Shear (40) as its temporary CEO.',
      [['shear-appointment', 'appointed Emmett Shear (40) as its temporary CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['a question', 'Will the board pick Emmett Shear (ex-Twitch) as interim CEO?'],
    ['a denial', 'The board did not name Emmett Shear (ex-Twitch) as interim CEO that night.'],
    ['another person', 'Emmett Shear spoke. The board named Mira Murati (the CTO) as interim CEO.'],
    [
      'a parenthesis that never closes',
      'Emmett Shear spoke. The board named Murati (then CTO, who had run the lab for years and more) interim CEO.',
    ],
  ]);
});

describe('a phrase that stands as one adverb', () => {
  found([
    [
      '"was in fact named"',
      'Emmett Shear was in fact named interim chief executive.',
      [['shear-appointment', 'was in fact named interim chief executive']],
    ],
    [
      '"had of course been named"',
      'Emmett Shear had of course been named interim CEO by then.',
      [['shear-appointment', 'had of course been named interim CEO']],
    ],
    [
      '"was in the end appointed"',
      'Emmett Shear was in the end appointed interim chief executive.',
      [['shear-appointment', 'was in the end appointed interim chief executive']],
    ],
    [
      '"was in truth hired"',
      'Emmett Shear was in truth hired as a stopgap CEO.',
      [['shear-appointment', 'was in truth hired as a stopgap CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['"was in fact not named"', 'Emmett Shear was in fact not named interim CEO that night.'],
    ['"would in fact be named"', 'Emmett Shear would in fact be named interim CEO, if asked.'],
    ['a question', 'Was Emmett Shear in fact named interim CEO?'],
  ]);
});
