import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * review19 #8: an epithet ("the ChatGPT boss") followed by a comma is refused only where an
 * apposed name follows ("another Twitch co-founder, Justin Kan,"), not where an attribution aside
 * does ("the ChatGPT boss, Microsoft said, will join"). Every sentence is invented.
 */

describe('an attribution after the epithet’s comma', () => {
  found([
    [
      '"Microsoft said"',
      'The ChatGPT boss, Microsoft said, will join the company.',
      [['altman-joins-microsoft', 'will join the company']],
    ],
    [
      '"Microsoft confirmed"',
      'The ChatGPT boss, Microsoft confirmed, will join the company.',
      [['altman-joins-microsoft', 'will join the company']],
    ],
  ]);
});

describe('near misses: an apposed name after the comma is someone else', () => {
  unmarked('altman-joins-microsoft', [
    ['a named co-founder', 'Another ChatGPT boss, Justin Kan, will join Microsoft.'],
    ['a named executive', 'The ChatGPT boss, Kevin Scott, will join Microsoft.'],
  ]);
});
