import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The English of translated editions: Italian, Spanish and French papers' English sites render
 * their own words for the act ("dimissioni" → "dimissions", "consiglio" → "council", "recuperare
 * la direzione" → "recover the direction", "arrepentido" → "repentant"). Each family beside the
 * near-misses that must stay unmarked. Every sentence is invented.
 */

describe('regret rendered as repentance', () => {
  found([
    [
      '"declared himself repentant"',
      'Sutskever declared himself deeply repentant for his vote.',
      [['sutskever-regret', 'repentant']],
    ],
    [
      '"expressed his repentance"',
      'Sutskever expressed his repentance on Monday.',
      [['sutskever-regret', 'his repentance']],
    ],
    ['"remorseful"', 'A remorseful Sutskever signed the staff letter.', [['sutskever-regret', 'remorseful']]],
  ]);
  unmarked('sutskever-regret', [
    ['someone else repentant', 'Altman said he felt no need to be repentant.'],
    ['repentance in another story', 'The priest spoke of repentance at the Sunday service.'],
  ]);
});

describe('resignation rendered as "dimissions", presented', () => {
  found([
    [
      '"presented his dimissions"',
      'Brockman presented his dimissions as president that night.',
      [['brockman-exit', 'presented his dimissions as president']],
    ],
    [
      '"presented his resignation"',
      'Brockman presented his resignation to the board that night.',
      [['brockman-exit', 'presented his resignation']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['presenting something else', 'Brockman presented his new product on stage.'],
    ['dimissions of another man', 'The minister presented his dimissions to the prime minister.'],
  ]);
});

describe('the board rendered as "the council", its dismissal demanded', () => {
  found([
    [
      '"the dismissal of the council"',
      'Employees demand the dismissal of the council and the return of Altman.',
      [['staff-letter-demand', 'demand the dismissal of the council and the return of Altman']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['a council that dismisses someone', 'The city council demanded the dismissal of the coach.'],
    ['the removal the board carried out', "The board's removal of Altman stunned the staff."],
  ]);
});

describe('the hire rendered as "incorporated to its ranks"', () => {
  found([
    [
      '"incorporated"',
      'Microsoft has incorporated Sam Altman into its ranks.',
      [['altman-joins-microsoft', 'has incorporated Sam Altman']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a product incorporated', 'Microsoft has incorporated ChatGPT into its Office apps.'],
  ]);
});

describe('the return rendered as "recovers the direction"', () => {
  found([
    [
      '"recovers the direction"',
      'Altman recovers the direction of OpenAI.',
      [['altman-returns-as-ceo', 'recovers the direction of OpenAI']],
    ],
    [
      '"regained the leadership"',
      'Altman regained the leadership of the company on Wednesday.',
      [['altman-returns-as-ceo', 'regained the leadership of the company']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['recovering something else', 'Altman recovered the ball and passed.'],
    ['a direction given, not regained', 'Altman set the direction of OpenAI in 2019.'],
  ]);
});

describe('the interim post rendered as "interim executive director", assumed', () => {
  found([
    [
      '"assume the functions of interim"',
      'Emmett Shear will assume the functions of interim executive director.',
      [['shear-appointment', 'will assume the functions of interim executive']],
    ],
    [
      'the title before the name',
      'The interim executive director Emmett Shear met staff on Monday.',
      [['shear-appointment', 'interim executive director']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['assuming something', 'Shear assumed the board would stay.'],
    ['another interim director', 'Murati was the interim executive director of the lab in 2019, Shear said.'],
  ]);
});
