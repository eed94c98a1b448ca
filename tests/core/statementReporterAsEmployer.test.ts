import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * "Microsoft's Satya Nadella said Altman would be coming to work for him": working for the reporter is
 * working for the organisation the reporter is named by. And the rest of the %voice family: "felt deep
 * remorse", "wrote of deep regret", "was posting deep regret". Each beside near-misses. Every
 * sentence is invented.
 */

describe('working "for him", the reporter who heads a company', () => {
  found([
    [
      'the reporter named with his company before the name',
      "Microsoft's Satya Nadella said Altman would be coming to work for him.",
      [['altman-joins-microsoft', 'would be coming to work for him']],
    ],
    [
      'the company in a clause after the name, an adverb before the verb',
      'Satya Nadella, who runs Microsoft, publicly announced that Altman was coming to work for him.',
      [['altman-joins-microsoft', 'was coming to work for him']],
    ],
    [
      'a pair coming to work for him',
      'Microsoft chief executive Satya Nadella said Altman and Brockman would be coming to work for him.',
      [['altman-joins-microsoft', 'would be coming to work for him']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a reporter named by no company', 'Brockman said Altman would be coming to work for him.'],
    ['a denial', "Microsoft's Satya Nadella said Altman would no longer work for him."],
    ['someone else coming', "Microsoft's Satya Nadella said the engineers were coming to work for him."],
    ['a vote, not work', "Microsoft's Satya Nadella said Altman had voted for him."],
  ]);
});

describe('regret felt, written of, posted: the rest of %voice', () => {
  found([
    [
      '"felt deep remorse"',
      'Sutskever felt deep remorse over his own role.',
      [['sutskever-regret', 'felt deep remorse over his own role']],
    ],
    [
      '"wrote of deep regret"',
      'Sutskever wrote of deep regret over his role.',
      [['sutskever-regret', 'wrote of deep regret over his role']],
    ],
    [
      '"was posting deep regret"',
      'Sutskever was posting deep regret over his share in the move.',
      [['sutskever-regret', 'was posting deep regret over his share in the move']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['no remorse felt', 'Sutskever felt no remorse.'],
    ['no regret written of', 'Sutskever wrote of no regret at all.'],
  ]);
});
