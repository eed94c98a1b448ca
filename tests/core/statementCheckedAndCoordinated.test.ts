import { describe, expect, it } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';
import { tokenize } from '../../src/core/text/tokenize.ts';

/*
 * A title coordinated with other roles before the name, a footnote number glued to the last word, a
 * claim a fact-check rates false, a vote denied without the seat, a headline's question without
 * its mark, and a stopgap post taken as "interim charge". Every sentence is invented.
 */

describe('a title coordinated with other roles before the name', () => {
  found([
    [
      '"Chief scientist and board member X"',
      'Chief scientist and board member Ilya Sutskever signed it too.',
      [['sutskever-title', 'Chief scientist']],
    ],
    [
      'a list of roles with commas',
      'Chief scientist, co-founder and director Ilya Sutskever did not comment.',
      [['sutskever-title', 'Chief scientist']],
    ],
  ]);
  unmarked('sutskever-title', [
    ['the roles of another person', 'Chief scientist and board member Jakub Pachocki spoke first.'],
  ]);
});

describe('a footnote number glued to the word that ends a sentence', () => {
  it('reads "unit.6" as the word, the stop and the number', () => {
    expect(tokenize('a new unit.6 Staff').map((t) => t.text)).toEqual([
      'a',
      'new',
      'unit',
      '.',
      '6',
      'Staff',
    ]);
  });
  it('keeps "U.S" and "GPT-4.5" whole', () => {
    expect(tokenize('U.S firms and GPT-4.5').map((t) => t.text)).toEqual(['U.S', 'firms', 'and', 'GPT-4.5']);
  });
  found([
    [
      'the unit before the note',
      'Microsoft said the pair would head a new AI research team.12 Shares rose.',
      [['microsoft-new-unit', 'new AI research team']],
    ],
  ]);
});

describe('a claim a fact-check rates false', () => {
  unmarked('altman-joins-microsoft', [
    ['"Claim 2:", then a rating block', ['Claim 2: "Sam Altman now works for Microsoft."', 'Rating: FALSE']],
    [
      '"The claim:", its rating after it',
      'The claim: Altman has joined Microsoft for good. Verdict: misleading.',
    ],
    ['"no longer true"', ['Claim 4: "Altman is a Microsoft employee now."', 'Rating: No longer true']],
    ['a viral post', ['Viral post: Altman is a Microsoft employee now', 'Our rating: Mostly false']],
  ]);
  unmarked('sutskever-title', [
    ['"Claim no. 5:"', ['Claim no. 5: "Ilya Sutskever is the CTO of OpenAI."', 'FALSE']],
  ]);
  found([
    [
      'a claim rated true',
      ['Claim 5: "Ilya Sutskever is the chief scientist."', 'Rating: TRUE'],
      [['sutskever-title', 'chief scientist']],
    ],
    [
      "a summary card's label, no rating",
      ['The claim: Microsoft has hired Altman.', 'Source: a Nadella post on X.'],
      [['altman-joins-microsoft', 'has hired Altman']],
    ],
    [
      "a source's post is its report",
      ["Nadella's post: Altman will join Microsoft.", 'Rating: FALSE'],
      [['altman-joins-microsoft', 'will join Microsoft']],
    ],
  ]);
});

describe('a vote denied, and the seat it stands for', () => {
  unmarked('microsoft-board-observer', [
    ['a vote denied alone', 'Microsoft had no vote on the board.'],
    ['voting rights denied alone', 'Microsoft has no voting rights on the board.'],
    ['a vote denied on a matter', 'Microsoft cannot vote on board decisions.'],
    ['a vote denied after an apposition', 'Microsoft, for all its money, has no vote on the board.'],
  ]);
  found([
    [
      'a seat but no vote',
      'Microsoft gets a seat but no vote on the board.',
      [['microsoft-board-observer', 'no vote on the board']],
    ],
    [
      'a say without a vote',
      'Microsoft secures a say without a vote on the board.',
      [['microsoft-board-observer', 'without a vote']],
    ],
    [
      'attending without voting',
      'Microsoft will attend board meetings but cannot vote.',
      [['microsoft-board-observer', 'cannot vote']],
    ],
  ]);
});

describe("a headline's question without its mark", () => {
  found([
    [
      'a statement that opens with a question word and ends with a stop',
      'What is clear: Emmett Shear is the interim CEO.',
      [['shear-appointment', 'interim CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['"Who is X, the interim boss"', 'Who is Emmett Shear, the new interim boss of OpenAI'],
    ['"Who\'s X"', "Who's Emmett Shear, OpenAI's stopgap chief"],
  ]);
  unmarked('altman-returns-as-ceo', [['an auxiliary first', 'Will Altman return as CEO']]);
  found([
    [
      'the same apposition told',
      'Emmett Shear, the new interim boss of OpenAI, spoke on Monday.',
      [['shear-appointment', 'interim boss']],
    ],
  ]);
});

describe('a stopgap post taken as "interim charge"', () => {
  found([
    [
      'headline "takes interim charge"',
      'Twitch co-founder Emmett Shear takes interim charge at OpenAI',
      [['shear-appointment', 'takes interim charge at OpenAI']],
    ],
    [
      '"took temporary charge of"',
      'Emmett Shear took temporary charge of OpenAI on Monday.',
      [['shear-appointment', 'took temporary charge of OpenAI']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['charge of something else', 'Emmett Shear takes charge of the interim review at Twitch.'],
  ]);
});
