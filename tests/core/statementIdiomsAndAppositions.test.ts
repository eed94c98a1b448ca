import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Quitting and moving idioms ("he was out", "is off to Microsoft"), a unit's creation words ("a
 * freshly created group"), gifts of charge ("handed interim charge to"), "both" before a coordinated
 * object, "bring him home", the observer "at the table but no vote", threats of the ready ("poised to
 * defect"), and appositions that rename or sit inside a claim. Every sentence is invented.
 */

describe('quitting told as "be out", "be off", "be done"', () => {
  found([
    ['"he was out"', 'Brockman said he was out.', [['brockman-exit', 'was out']]],
    ['"was off too"', 'Brockman told the company he was off too.', [['brockman-exit', 'was off']]],
    ['"is done"', 'Brockman is done, he told staff.', [['brockman-exit', 'is done']]],
  ]);
  unmarked('brockman-exit', [
    ['out of the office', 'Brockman was out of the office on Friday.'],
    ['off on holiday', 'Brockman was off on holiday.'],
    ["another person's exit", 'The CFO is out.'],
  ]);
});

describe('moving to Microsoft told as "is off to", "is bound for", "makes the jump"', () => {
  found([
    ['"is off to"', 'Sam Altman is off to Microsoft.', [['altman-joins-microsoft', 'is off to Microsoft']]],
    [
      '"is bound for"',
      'Altman is bound for Microsoft.',
      [['altman-joins-microsoft', 'is bound for Microsoft']],
    ],
    [
      '"makes the jump"',
      'Altman makes the jump to Microsoft.',
      [['altman-joins-microsoft', 'makes the jump to Microsoft']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a condition', 'If he is off to Microsoft, OpenAI loses its founder.'],
    ['a keynote', "Altman is off to Microsoft's campus for a keynote."],
    ['hearsay', 'Altman was supposedly on his way to Microsoft.'],
  ]);
});

describe('a unit\'s creation words, and a unit led where "there" names Microsoft', () => {
  found([
    [
      '"freshly created … there"',
      'Microsoft hired him. Altman is to head a freshly created AI research group there.',
      [
        ['altman-joins-microsoft', 'hired him'],
        ['microsoft-new-unit', 'freshly created AI research group'],
      ],
    ],
    [
      '"just-launched"',
      'Microsoft hired him. Altman is to head a just-launched AI research group there.',
      [
        ['altman-joins-microsoft', 'hired him'],
        ['microsoft-new-unit', 'just-launched AI research group'],
      ],
    ],
    [
      '"A.I." written with dots',
      'Microsoft will build a new advanced A.I. research team for Altman.',
      [['microsoft-new-unit', 'new advanced A.I. research team']],
    ],
  ]);
  found([
    [
      'travel "there" stays a move',
      'Microsoft hired him. Altman is heading there.',
      [
        ['altman-joins-microsoft', 'hired him'],
        ['altman-joins-microsoft', 'is heading there'],
      ],
    ],
  ]);
});

describe('charge, control and the keys handed to Shear', () => {
  found([
    [
      '"handed interim charge to"',
      'OpenAI handed interim charge to Emmett Shear.',
      [['shear-appointment', 'handed interim charge to Emmett Shear']],
    ],
    [
      '"temporary control"',
      'The board handed temporary control to Emmett Shear.',
      [['shear-appointment', 'handed temporary control to Emmett Shear']],
    ],
    [
      '"charge of the company"',
      'OpenAI handed charge of the company to Emmett Shear.',
      [['shear-appointment', 'handed charge of the company to Emmett Shear']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['another company, years before', 'In 2014 Justin Kan handed charge of Twitch to Emmett Shear.'],
    ['someone else', 'OpenAI handed interim charge to Mira Murati.'],
  ]);
});

describe('"both" before a coordinated object', () => {
  found([
    [
      '"recruited both"',
      'Nadella announced he had recruited both Altman and Brockman.',
      [['altman-joins-microsoft', 'had recruited both Altman and Brockman']],
    ],
    [
      '"signed up both"',
      'Nadella said Microsoft had signed up both Sam Altman and Greg Brockman.',
      [['altman-joins-microsoft', 'had signed up both Sam Altman and Greg Brockman']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['"both of" others', "Microsoft hired both of its rivals' engineers."],
  ]);
});

describe('bringing him home', () => {
  found([
    [
      '"bring Altman home"',
      'OpenAI brought Altman home on Tuesday.',
      [['altman-returns-as-ceo', 'brought Altman home']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [['a trophy', 'His driver brought home the trophy.']]);
});

describe('the observer at the table but with no vote', () => {
  found([
    [
      '"at the table but no vote"',
      'Microsoft gets an observer at the table but no vote.',
      [['microsoft-board-observer', 'observer at the table']],
    ],
    [
      '"a voice but no vote"',
      'Microsoft gets a voice but no vote.',
      [['microsoft-board-observer', 'voice but no vote']],
    ],
  ]);
  unmarked('microsoft-board-observer', [
    ['another body', 'The club gets a voice but no vote.'],
    ['a seat at the table', 'Microsoft wants a seat at the table.'],
  ]);
});

describe('a threat of staff ready to go', () => {
  found([
    [
      '"prepared to go after him"',
      'In their letter, nearly all of the roughly 800 staff said they were prepared to go after him to Microsoft.',
      [['staff-letter-demand', 'prepared to go after him']],
    ],
    [
      '"poised to defect"',
      'The signers were poised to defect to Microsoft unless the board resigned.',
      [['staff-letter-demand', 'poised to defect to Microsoft unless the board resigned']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['waiting', "In the letter, staff were prepared to wait for the board's answer."],
  ]);
});

describe('appositions inside and around a claim', () => {
  found([
    [
      '"until then" inside an apposition',
      'Brockman, a co-founder and until then board chairman, learned he was losing that seat.',
      [['brockman-exit', 'was losing that seat']],
    ],
    [
      'a dash apposition renames the seat',
      'Microsoft will get a non-voting seat — an observer — on the board.',
      [['microsoft-board-observer', 'non-voting seat — an observer — on the board']],
    ],
    [
      'a comma apposition renames the seat',
      'Microsoft will get a non-voting seat, an observer role, on the board.',
      [['microsoft-board-observer', 'non-voting seat, an observer role, on the board']],
    ],
  ]);
});
