import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Who holds a title, as reporters, letter writers and commenters word it beyond "X is <title>". Every
 * sentence is invented.
 */

describe('the post noun as the subject of "be"', () => {
  // "His post there is chief scientist": the post's owner holds the title.
  found([
    [
      '"his post there is"',
      ['Ilya Sutskever voted on Friday.', 'His post there is chief scientist, not CTO.'],
      [['sutskever-title', 'is chief scientist']],
    ],
    [
      '"his actual title was"',
      ['Ilya Sutskever voted on Friday.', 'His actual title was chief data scientist, the wire said.'],
      [['sutskever-title', 'was chief data scientist']],
    ],
    [
      '"<name>\'s job at OpenAI was"',
      "Ilya Sutskever's job at OpenAI was chief scientist until May 2024.",
      [['sutskever-title', 'was chief scientist']],
    ],
    [
      '"his official role then was"',
      ['Emmett Shear took over.', 'His official role then was interim CEO.'],
      [['shear-appointment', 'was interim CEO']],
    ],
    [
      '"their own chief scientist"',
      'For the staff, Ilya Sutskever was their own chief scientist.',
      [['sutskever-title', 'was their own chief scientist']],
    ],
  ]);
  unmarked('sutskever-title', [
    ["another person's post", "Ilya Sutskever voted. Mira Murati's post there is chief technology officer."],
    ['a question', 'Ilya Sutskever voted. Was his post there chief scientist?'],
    ['a denial', 'Ilya Sutskever voted. His post there is not chief technology officer.'],
    [
      'a post with no owner',
      'Ilya Sutskever voted. The post there is chief scientist, a job Google also has.',
    ],
  ]);
});

describe('a title that meant its holder', () => {
  found([
    [
      '"used to mean"',
      ['Ilya Sutskever voted on Friday.', '"Chief scientist" at that place used to mean Sutskever.'],
      [['sutskever-title', 'Chief scientist" at that place used to mean Sutskever']],
    ],
    [
      '"meant" with no place',
      'For a decade, interim CEO meant Emmett Shear to nobody; then it did.',
      [['shear-appointment', 'interim CEO meant Emmett Shear']],
    ],
    [
      '"at the company is"',
      'Interim CEO at the company is Emmett Shear, for now.',
      [['shear-appointment', 'Interim CEO at the company is Emmett Shear']],
    ],
  ]);
  unmarked('sutskever-title', [
    ['another person', 'Ilya Sutskever voted. "Chief scientist" at Google means Jeff Dean.'],
    [
      'a place naming a person',
      "Ilya Sutskever voted. Chief scientist at Mira Murati's old lab meant nothing.",
    ],
  ]);
});

describe('a post found in someone', () => {
  found([
    [
      '"found a caretaker CEO in"',
      'The directors found a caretaker CEO in Emmett Shear within hours.',
      [['shear-appointment', 'caretaker CEO in Emmett Shear']],
    ],
    [
      '"has its interim chief in"',
      'OpenAI now has its interim chief in Emmett Shear.',
      [['shear-appointment', 'interim chief in Emmett Shear']],
    ],
    [
      '"got a new CEO in"',
      'The company got a new CEO in Emmett Shear on Sunday night.',
      [['shear-appointment', 'new CEO in Emmett Shear']],
    ],
    [
      '"had found their stopgap CEO in"',
      'By dawn the board had found their stopgap CEO in Emmett Shear.',
      [['shear-appointment', 'stopgap CEO in Emmett Shear']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['"did not find"', 'Emmett Shear spoke. The board did not find an interim CEO in him at first.'],
    ['a question', 'Did the board find an interim CEO in Emmett Shear?'],
    ['a hope', 'The board may find an interim CEO in Emmett Shear.'],
    ['no verb of finding', 'Emmett Shear spoke. The interim CEO in the story was not him.'],
  ]);
});

describe('the one chosen for a post', () => {
  found([
    [
      '"is the directors\' choice for the interim CEO job"',
      "Emmett Shear is the directors' choice for the interim CEO job, people said.",
      [['shear-appointment', "is the directors' choice for the interim CEO"]],
    ],
    [
      '"is their pick for interim CEO"',
      'Emmett Shear is their pick for interim CEO.',
      [['shear-appointment', 'is their pick for interim CEO']],
    ],
    [
      '"was OpenAI\'s choice for"',
      "Emmett Shear was OpenAI's choice for interim chief executive.",
      [['shear-appointment', "was OpenAI's choice for interim chief executive"]],
    ],
    [
      '"was the board\'s nominee for"',
      "Emmett Shear was the board's nominee for interim CEO, a memo said.",
      [['shear-appointment', "was the board's nominee for interim CEO"]],
    ],
  ]);
  unmarked('shear-appointment', [
    ['a question', "Is Emmett Shear the board's choice for interim CEO?"],
    ['a denial', "Emmett Shear was not the board's choice for interim CEO at first."],
    ['another person', "Emmett Shear spoke. Mira Murati was the board's choice for interim CEO on Friday."],
  ]);
});

describe('the holder set off after a short tail of the post', () => {
  found([
    [
      '"from outside, <name>"',
      'The board settled on an interim chief executive from outside, Emmett Shear, on Sunday.',
      [['shear-appointment', 'interim chief executive']],
    ],
    [
      '"of its own, <name>"',
      'The lab had a chief scientist of its own, Ilya Sutskever, who voted.',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      '"from Twitch, <name>"',
      'It hired a new CEO from Twitch, Emmett Shear.',
      [['shear-appointment', 'new CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    [
      'another person after the tail',
      'Emmett Shear spoke. The board had an interim CEO from inside, Mira Murati.',
    ],
    [
      'a long tail',
      'Emmett Shear spoke. They wanted an interim CEO from somewhere else entirely, Murati said.',
    ],
  ]);
});
