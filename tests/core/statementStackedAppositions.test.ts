import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * An apposition on an apposition between an appointment's object and its "as" role: "chose
 * Emmett Shear, one of the founders of Twitch, the platform for streaming games, as temporary
 * chief executive". The second apposition is read through only when "as" follows it. Read off a
 * miss of set 23 (a translated edition); every sentence here is invented.
 */

describe('two appositions before the "as" role', () => {
  found([
    [
      'wire copy, "named"',
      'The directors named Emmett Shear, a co-founder of Twitch, the Amazon-owned streaming site, as interim chief executive.',
      [
        [
          'shear-appointment',
          'named Emmett Shear, a co-founder of Twitch, the Amazon-owned streaming site, as interim chief executive',
        ],
      ],
    ],
    [
      'a translated edition, "had chosen"',
      'On Sunday night the board had chosen Emmett Shear, one of the founders of Twitch, the platform for streaming games, as temporary chief executive.',
      [
        [
          'shear-appointment',
          'had chosen Emmett Shear, one of the founders of Twitch, the platform for streaming games, as temporary chief executive',
        ],
      ],
    ],
  ]);
  unmarked('shear-appointment', [
    [
      '"as" opening a clause of time',
      'The board met Emmett Shear, a founder of Twitch, the streaming site, as the talks dragged on.',
    ],
    [
      'no "as" after the second apposition',
      'The board hired Emmett Shear, a founder of Twitch, the streaming site, and two advisers.',
    ],
  ]);
});
