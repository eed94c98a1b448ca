import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Word families of news, chat and headlines that the frames lacked: the observer described by the
 * vote it lacks, resources shifted to ChatGPT, the slogan said of "the company", candour fallen
 * short of, a man brought in "to run" the company, "the co-founder of Twitch", staff who would
 * "trail" Altman. Each beside near-misses. Every sentence is invented.
 */

describe('the observer seat told by the vote it lacks', () => {
  found([
    [
      '"without a vote"',
      'Microsoft gets a seat in the room without a vote.',
      [['microsoft-board-observer', 'without a vote']],
    ],
    [
      '"will not be able to vote"',
      'Microsoft will sit in on meetings but will not be able to vote.',
      [['microsoft-board-observer', 'not be able to vote']],
    ],
    [
      '"who cannot vote"',
      'Microsoft will have someone at board meetings who cannot vote.',
      [['microsoft-board-observer', 'cannot vote']],
    ],
  ]);
  unmarked('microsoft-board-observer', [
    ['a vote Microsoft holds elsewhere', 'Microsoft shareholders will vote on the deal next week.'],
    ['a decision taken without a vote, no Microsoft', 'Without a vote, the directors chose Shear.'],
  ]);
});

describe('people and compute shifted to ChatGPT', () => {
  found([
    [
      '"diverted to ChatGPT"',
      'Compute is being diverted to ChatGPT, researchers say.',
      [['research-deprioritised', 'diverted to ChatGPT']],
    ],
    [
      'headline "compute from research"',
      'OpenAI shifts compute from research to ChatGPT',
      [['research-deprioritised', 'compute from research']],
    ],
    [
      '"than on open-ended research"',
      'OpenAI now spends more of its computing power on ChatGPT than on open-ended research.',
      [['research-deprioritised', 'than on open-ended research']],
    ],
    [
      '"second fiddle to the product"',
      'At OpenAI, research now plays second fiddle to the product.',
      [['research-deprioritised', 'second fiddle to the product']],
    ],
  ]);
  unmarked('research-deprioritised', [
    ['compute shifted elsewhere', 'Microsoft moved its spare capacity to Azure customers.'],
    ['a budget spent on research', 'OpenAI spent more on research than on marketing in 2019.'],
  ]);
});

describe('the slogan said of "the company"', () => {
  found([
    [
      '"the company is nothing without"',
      'Murati posted that the company is nothing without its people.',
      [['staff-solidarity-post', 'the company is nothing without']],
    ],
    [
      '"the company was nothing without its staff"',
      'Researchers posted that the company was nothing without its staff.',
      [['staff-solidarity-post', 'the company was nothing without']],
    ],
    [
      'the hyphenated slogan',
      'Staff wore nothing-without-its-people hoodies to the office.',
      [['staff-solidarity-post', 'nothing-without-its-people']],
    ],
  ]);
  unmarked('staff-solidarity-post', [
    ['a founder of his own company', 'A founder joked that his company is nothing without its people.'],
    ['the slogan as merchandise talk', "Expect 'nothing without its people' on mugs by spring."],
  ]);
});

describe('candour fallen short of', () => {
  found([
    [
      '"short on candour"',
      'The board said he had fallen short on candour with directors.',
      [['firing-reason', 'short on candour']],
    ],
    [
      '"lacked candor"',
      'Directors said Altman lacked candor with them.',
      [['firing-reason', 'lacked candor']],
    ],
  ]);
  unmarked('firing-reason', [
    ['falling short of something else', 'The board said the deal fell short of expectations.'],
    ['candour praised', 'Colleagues praised his candour on stage.'],
  ]);
});

describe('the chief brought in "to run" the company, and "the co-founder of Twitch"', () => {
  found([
    [
      '"brought in to run"',
      'The board brought in Emmett Shear to run the company.',
      [['shear-appointment', 'brought in Emmett Shear to run the company']],
    ],
    [
      'headline "tapped to lead"',
      'Ex-Twitch chief tapped to lead OpenAI',
      [['shear-appointment', 'tapped to lead']],
    ],
    [
      '"the co-founder of Twitch" as the subject',
      'The co-founder of Twitch has agreed to lead OpenAI as interim chief executive.',
      [['shear-appointment', 'has agreed to lead OpenAI as interim chief executive']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['brought in to do something else', 'Shear was brought in to advise the board.'],
    ['someone else brought in to run a lab', 'Microsoft brought in Altman to run a new lab.'],
    ['the keys handed back', 'The former Twitch boss handed the keys back without a fight.'],
  ]);
});

describe('staff who would "trail" him', () => {
  found([
    [
      '"trail Altman to Microsoft"',
      'Staff warned they would trail Altman to Microsoft unless the board quit.',
      [['staff-letter-demand', 'would trail Altman to Microsoft unless the board quit']],
    ],
  ]);
  unmarked('staff-letter-demand', [['reporters trailing him', 'Reporters trailed Altman to the airport.']]);
});

describe('a post held for a while told as charge or command taken ("takes interim charge")', () => {
  found([
    [
      'a headline, "takes interim charge at OpenAI"',
      'Twitch co-founder Emmett Shear takes interim charge at OpenAI',
      [['shear-appointment', 'takes interim charge at OpenAI']],
    ],
    [
      '"took temporary command of the company"',
      'Shear took temporary command of the company on Sunday.',
      [['shear-appointment', 'took temporary command of the company']],
    ],
    [
      '"won caretaker control"',
      'Emmett Shear won caretaker control of OpenAI late on Sunday.',
      [['shear-appointment', 'won caretaker control of OpenAI']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['someone else taking charge', 'Murati took interim charge on Friday.'],
    ['a question', 'Would Shear take interim charge?'],
  ]);
});
