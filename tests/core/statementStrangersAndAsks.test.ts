import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Precision families of round 14's second pass. Every sentence is invented.
 * - A post held at an organisation the story does not know ("the CEO of Acme") is not the story's person.
 * - A vote withheld on a named matter ("cannot vote on the deal") is no seat without a vote.
 * - A noun for the act asked for ("required the return of…") or talked about ("return rumours") is not told;
 *   "required" asks as "demanded" does, so the letter's demand told with it is the letter's.
 * - A threat whose only condition asks nothing of the board ("If the move happens, staff will follow") is no
 *   threat of the letter.
 */

describe("a post held at someone else's organisation is not the story's person", () => {
  unmarked('firing-reason', [
    ['"The CEO of Acme"', 'The CEO of Acme was not consistently candid with its board.'],
    [
      '"the chief executive of Initech" in a report',
      'The board said the chief executive of Initech had not been consistently candid.',
    ],
    ['"Acme\'s chief executive"', "Acme's chief executive had not been candid with the board."],
  ]);
  unmarked('sutskever-title', [
    [
      '"the chief scientist of Google, Jeff Dean"',
      'Ilya Sutskever met the chief scientist of Google, Jeff Dean.',
    ],
    ['"the chief scientist at Initech"', 'Sutskever lunched with the chief scientist at Initech on Monday.'],
  ]);
  found([
    [
      "near miss: the post at the story's own company",
      'The CEO of OpenAI was not consistently candid with the board.',
      [['firing-reason', 'not consistently candid']],
    ],
    [
      'near miss: "the chief scientist of OpenAI" set off after the name',
      'Ilya Sutskever, the chief scientist of OpenAI, signed the letter.',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'near miss: a day after "at" is no employer',
      "The chief scientist at Tuesday's meeting, Ilya Sutskever, said little.",
      [['sutskever-title', 'chief scientist']],
    ],
  ]);
});

describe('a vote withheld on a named matter is no seat without a vote', () => {
  unmarked('microsoft-board-observer', [
    ['"cannot vote on the deal"', 'Microsoft cannot vote on the deal.'],
    ['"will not vote for the merger"', 'Microsoft will not vote on the merger, its lawyers said.'],
    ['"cannot vote against the proposal"', 'Microsoft cannot vote against the proposal.'],
  ]);
  found([
    [
      "near miss: the matter is the board's business",
      'Microsoft sits in but cannot vote on board decisions.',
      [['microsoft-board-observer', 'cannot vote']],
    ],
    [
      'near miss: no matter named',
      'Microsoft will sit in on meetings but cannot vote.',
      [['microsoft-board-observer', 'cannot vote']],
    ],
  ]);
});

describe('an act asked for or talked about is not told', () => {
  unmarked('altman-returns-as-ceo', [
    [
      '"required the resignation of the whole board and the return of"',
      'Nearly 500 staff signed a letter in which they required the resignation of the whole board and the return of Sam Altman.',
    ],
    [
      '"called for the reinstatement of"',
      'Investors called for the reinstatement of Altman as chief executive.',
    ],
    ['"sought Altman\'s return"', "Shareholders sought Altman's return as CEO."],
    ['"return rumours"', 'The Altman return rumours were false.'],
    ['"Altman\'s comeback rumours"', "Altman's comeback rumours swirled on Saturday."],
  ]);
  found([
    [
      'near miss: the return celebrated, not asked for',
      'The staff celebrated the return of Altman as chief executive.',
      [['altman-returns-as-ceo', 'the return of Altman']],
    ],
    [
      'near miss: the return ends the rumours',
      'The return of Altman as chief executive ended the rumours.',
      [['altman-returns-as-ceo', 'The return of Altman']],
    ],
    [
      'the demand told with "required"',
      'The letter required the resignation of the whole board.',
      [['staff-letter-demand', 'required the resignation of the whole board']],
    ],
  ]);
});

describe('a threat on a condition that asks nothing of the board is not the letter', () => {
  unmarked('staff-letter-demand', [
    ['"If the Brockman departure happens"', 'If the Brockman departure happens, staff will follow.'],
    ['"Should the move happen"', 'Should the move happen, employees would follow him.'],
  ]);
  found([
    [
      'near miss: the condition is the board not resigning',
      'If the board does not resign, staff will follow Altman to Microsoft.',
      [['staff-letter-demand', 'If the board does not resign, staff will follow Altman']],
    ],
    [
      'near miss: the condition is Altman not reinstated',
      'If Altman is not reinstated, employees will quit.',
      [['staff-letter-demand', 'will quit']],
    ],
  ]);
});
