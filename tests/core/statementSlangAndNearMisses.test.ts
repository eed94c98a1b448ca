import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Slang and British register for the staff letter ("gtfo", "boffins"), regret as
 * wishing he had "voted differently", the observer who may "watch but not vote", and physical
 * stepping away that is no resignation. Every sentence is invented.
 */

describe('the demand in slang and British tabloid', () => {
  found([
    [
      '"gtfo" in chat',
      'the staff told the board gtfo or we all bounce to msft',
      [['staff-letter-demand', 'told the board gtfo']],
    ],
    [
      '"boffins" who threaten to walk',
      'Furious boffins told the board to resign or they would walk out.',
      [['staff-letter-demand', 'told the board to resign or they would walk out']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['boffins without a board', 'Boffins at the lab said they would walk to work on Monday.'],
  ]);
});

describe('regret as wishing he had voted differently', () => {
  found([
    [
      '"wishes he had voted differently"',
      'Sutskever now says he wishes he had voted differently.',
      [['sutskever-regret', 'wishes he had voted differently']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['someone else wishing', 'Toner says she wishes the board had acted differently.'],
    ['a wish about the future', 'Sutskever wishes the lab would spend more on safety.'],
  ]);
});

describe('the observer who may watch "but not vote"', () => {
  found([
    [
      '"but not vote"',
      'Microsoft gets to watch the board but not vote.',
      [['microsoft-board-observer', 'but not vote']],
    ],
  ]);
  unmarked('microsoft-board-observer', [
    ['another body', 'Shareholders may attend the meeting but not vote, the club said.'],
  ]);
});

describe('stepping away from a microphone is no resignation', () => {
  unmarked('brockman-exit', [
    ['the microphone', 'Brockman stepped away from the microphone and let the researchers take over.'],
    ['the podium', 'Brockman walked away from the podium to applause.'],
  ]);
  found([
    [
      'stepping away from the company still',
      'Brockman stepped away from OpenAI that night.',
      [['brockman-exit', 'stepped away']],
    ],
  ]);
});
