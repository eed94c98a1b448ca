import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 24: who does the infinitive after a request ("agreed to the board's request to step in"), a
 * time phrase between a verb and its particle ("turned on Sunday night to Shear as"), and a unit told
 * as new by a future forming after its head ("a lab Microsoft would build around him").
 */

describe('the infinitive of an accepted request is the accepter’s act', () => {
  found([
    [
      '"agreed to" a possessed request',
      'Emmett Shear said he had agreed to the board’s request to take over as interim chief.',
      [['shear-appointment', 'had agreed to the board’s request to take over as interim chief']],
    ],
    [
      'a plural possessor',
      "Emmett Shear agreed to the directors' request to step in as acting CEO.",
      [['shear-appointment', "agreed to the directors' request to step in as acting CEO"]],
    ],
    [
      '"answered the call"',
      'Emmett Shear answered the board’s call to serve as temporary chief executive.',
      [['shear-appointment', 'answered the board’s call to serve as temporary chief executive']],
    ],
    [
      'a request with its source after it',
      'Emmett Shear accepted an invitation from the remaining directors to step in as caretaker CEO.',
      [
        [
          'shear-appointment',
          'accepted an invitation from the remaining directors to step in as caretaker CEO',
        ],
      ],
    ],
    [
      'a plea heeded',
      'Emmett Shear heeded the directors’ urgent plea to take over as interim chief.',
      [['shear-appointment', 'heeded the directors’ urgent plea to take over as interim chief']],
    ],
    [
      'an offer taken up',
      'Emmett Shear took up the board’s offer to serve as stopgap CEO.',
      [['shear-appointment', 'took up the board’s offer to serve as stopgap CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['a request declined', 'Emmett Shear declined the board’s request to step in as interim CEO.'],
    ['an invitation turned down', 'Emmett Shear turned down an invitation to serve as interim CEO.'],
    ['a request refused', 'Emmett Shear refused the directors’ plea to take over as interim chief.'],
    ['another person accepting', "Mira Murati agreed to the directors' request to step in as interim CEO."],
    ['a request never accepted', 'Emmett Shear never accepted the board’s offer to serve as interim CEO.'],
    ['asked but declined', 'Emmett Shear was asked to step in as interim CEO but declined.'],
  ]);
});

describe('a time phrase between a verb and its particle', () => {
  found([
    [
      'a day and a part of it',
      'Directors turned on Sunday night to Emmett Shear as their stopgap chief executive.',
      [['shear-appointment', 'turned on Sunday night to Emmett Shear as their stopgap chief executive']],
    ],
    [
      'set off by commas',
      'The board turned, late on Saturday, to Emmett Shear as interim CEO.',
      [['shear-appointment', 'turned, late on Saturday, to Emmett Shear as interim CEO']],
    ],
    [
      'over the weekend, with an apposition after the name',
      'The board turned over the weekend to Emmett Shear, a Twitch co-founder, as interim CEO.',
      [['shear-appointment', 'turned over the weekend to Emmett Shear, a Twitch co-founder, as interim CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['another person turned to', 'The board turned on Sunday to Mira Murati as interim CEO.'],
    ['a phrase that is no time', 'The board turned on its investors to Emmett Shear as interim CEO.'],
  ]);
});

describe('a unit told as new by a future forming after its head', () => {
  found([
    [
      'a lab "would build around him"',
      'Nadella said Altman would lead a research lab Redmond would build around him.',
      [['microsoft-new-unit', 'research lab Redmond would build around him']],
    ],
    [
      '"will set up for him"',
      'Nadella said Altman would run an AI research team Microsoft will set up for him.',
      [['microsoft-new-unit', 'AI research team Microsoft will set up for him']],
    ],
  ]);
  unmarked('microsoft-new-unit', [
    ['a lab built long ago', 'Microsoft has a research lab it built in 1991.'],
    ['a unit only on a condition', 'Nadella said Microsoft would build a research lab only if Altman came.'],
  ]);
});

describe('a block that opens with its own subject is not the label’s', () => {
  found([
    [
      'a lead paragraph under an infobox cell naming someone else',
      [
        'Greg Brockman (returned)',
        'Emmett Shear is a software executive. Last autumn he served as interim CEO of OpenAI.',
      ],
      [['shear-appointment', 'served as interim CEO of OpenAI']],
    ],
    [
      'a line under the person’s own label',
      ['Emmett Shear (@eshear)', 'Said on Sunday he had agreed to serve as interim CEO.'],
      [['shear-appointment', 'had agreed to serve as interim CEO']],
    ],
    [
      'a block that opens with another person’s possessive keeps the label',
      ['Emmett Shear', 'Mira Murati’s stint ended when he was named interim CEO.'],
      [['shear-appointment', 'was named interim CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    [
      'a block about someone else under Shear’s label',
      ['Emmett Shear (interim)', 'Sam Altman is a technology executive. He was later named interim CEO.'],
    ],
  ]);
});

describe('"the job" is the post named earlier in the block or the block before', () => {
  found([
    [
      'the post in the block before',
      [
        'Mira Murati took over as acting chief on Friday.',
        'Murati hoped to bring Altman back, but the board picked Emmett Shear for the job instead.',
      ],
      [['shear-appointment', 'picked Emmett Shear for the job']],
    ],
    [
      'the post earlier in the block',
      'Murati stepped in as interim head on Friday. By Sunday the directors had chosen Emmett Shear for the post.',
      [['shear-appointment', 'had chosen Emmett Shear for the post']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['no post named before', ['Stripe hired a recruiter.', 'The board picked Emmett Shear for the job.']],
    [
      'the post held by the person replaced',
      'Emmett Shear takes over from Mira Murati, the technology chief, who had held the post since Friday.',
    ],
    [
      'a bare "the job" after a post named before',
      ['Murati stepped in as interim head.', 'Emmett Shear said on Sunday that he liked the job.'],
    ],
    [
      'someone else hired for the job',
      ['Twitch named an interim marketing chief in 2019.', 'Emmett Shear said he had hired her for the job.'],
    ],
  ]);
});

describe('an infobox’s cells under a name go on describing that person', () => {
  found([
    [
      'a post several cells under the name',
      [
        'Emmett Shear',
        'Occupation',
        'Software executive',
        'Known for',
        'Co-founding Twitch',
        'Interim CEO of OpenAI',
      ],
      [['shear-appointment', 'Interim CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    [
      'another person’s cell in between',
      [
        'Emmett Shear',
        'Occupation',
        'Software executive',
        'Preceded by',
        'Mira Murati',
        'Interim CEO of OpenAI',
      ],
    ],
    [
      'a sentence in between ends the box',
      ['Emmett Shear', 'Occupation', 'He advised several start-ups.', 'Interim CEO of OpenAI'],
    ],
  ]);
});
