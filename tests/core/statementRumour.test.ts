import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Talk nobody stands behind ("whispers that…", "rumours of…", "is rumoured to…") does not state the act it
 * carries; a rumour named beside a stated act leaves the act stated. Every sentence is invented.
 */

describe('an act carried by a rumour is not stated', () => {
  unmarked('altman-returns-as-ceo', [
    [
      '"Whispers grow that … could be talked into"',
      'Whispers grow that the board could be talked into bringing Sam back.',
    ],
    ['"is rumoured to"', 'Altman is rumoured to be heading back to OpenAI as chief executive.'],
    ['"Rumours swirled that"', 'Rumours swirled that OpenAI had rehired Altman as chief executive.'],
    ['"Rumours of"', "Rumours of Altman's return to OpenAI spread on Saturday."],
  ]);
  unmarked('altman-joins-microsoft', [
    ['"speculation that"', 'There was speculation that Microsoft had hired Altman.'],
  ]);
  found([
    [
      'near miss: the act stated, the rumours after it',
      'OpenAI rehired Altman as chief executive, ending days of rumours.',
      [['altman-returns-as-ceo', 'rehired Altman as chief executive']],
    ],
    [
      'near miss: "the rumours proved true:" then the act',
      'The rumours proved true: OpenAI rehired Altman as chief executive.',
      [['altman-returns-as-ceo', 'rehired Altman as chief executive']],
    ],
    [
      'near miss: "Despite the chatter,"',
      'Despite the chatter, Microsoft hired Altman on Sunday.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
  ]);
});
