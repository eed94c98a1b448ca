import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * An adverb between the verb and its object, as writers put it before a long object ("chose instead
 * Emmett Shear, a Twitch co-founder, as interim chief executive", "brought swiftly back…"): the person
 * after it is still the one the act is done to (readClause's objectAt). Every sentence is invented, in
 * several registers.
 */

describe('the object after an adverb undergoes the act', () => {
  found([
    [
      '"instead" before a named object with an apposition',
      'The directors picked instead Emmett Shear, the Twitch co-founder, as interim CEO.',
      [['shear-appointment', 'picked instead Emmett Shear, the Twitch co-founder, as interim CEO']],
    ],
    [
      'a "-ly" adverb in a translated edition',
      'The council of administration named finally Emmett Shear as interim chief executive.',
      [['shear-appointment', 'named finally Emmett Shear as interim chief executive']],
    ],
    [
      'a hire with "swiftly"',
      'Microsoft hired swiftly Sam Altman, the ousted OpenAI chief, to run a new lab.',
      [['altman-joins-microsoft', 'hired swiftly Sam Altman']],
    ],
    [
      'a return with "formally"',
      'On 29 November the board reinstated formally Sam Altman as chief executive.',
      [['altman-returns-as-ceo', 'reinstated formally Sam Altman as chief executive']],
    ],
  ]);
});

describe('an adverb does not make a person the object of what is not done to them', () => {
  unmarked('shear-appointment', [
    ['a question', 'Why did the board pick instead Emmett Shear as interim CEO?'],
    ['a modal', 'The board could name instead Emmett Shear as interim CEO.'],
    ['a denial', 'The board did not pick instead Emmett Shear as interim CEO.'],
  ]);
  unmarked('altman-joins-microsoft', [
    ['another subject as the object', 'Microsoft hired quickly Mustafa Suleyman, Altman said.'],
  ]);
});
