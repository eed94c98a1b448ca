import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 30 (D): telegraphic text leaves the subject to the reader. A caption or a tabloid line headed
 * by a name and a colon or an arrow ("NAME: PREDICATE", "NAME → ORG"), a run of recap items that open
 * with their verb, a pronoun past someone it cannot mean, and a comment of participles under a page
 * about one person: each takes the entity in focus as its subject, where nothing else competes.
 * Every sentence is invented.
 */

describe('a line headed by a name and a colon or an arrow: "NAME: PREDICATE", "NAME → …"', () => {
  found([
    [
      'a caption in quotation marks',
      '“Brockman: walks out in protest”',
      [['brockman-exit', 'walks out in protest']],
    ],
    ['an arrow before the verb', 'Greg Brockman → resigns hours later', [['brockman-exit', 'resigns']]],
    [
      'two cues joined by an arrow, the second in an ellipsis',
      '“GREG BROCKMAN: OUT AS CHAIR” → “…AND THEN RESIGNS”',
      [
        ['brockman-exit', 'OUT AS CHAIR'],
        ['brockman-exit', 'RESIGNS'],
      ],
    ],
    ['a tabloid line', 'SUTSKEVER: SAYS SORRY FOR VOTE', [['sutskever-regret', 'SAYS SORRY FOR VOTE']]],
    ['an arrow to an organisation', 'SAM ALTMAN → MICROSOFT', [['altman-joins-microsoft', '→ MICROSOFT']]],
    [
      'an arrow in a screenshot caption, surprised',
      '[Screenshot of the post] “Altman → Microsoft!?”',
      [['altman-joins-microsoft', '→ Microsoft']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a label that is no person', 'Front page: “Walks out in protest”'],
    ['another person heads the line', 'Murati → resigns hours later'],
    ['an arrow in a flow of things', 'Azure → Copilot → resigns'],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a question', 'Altman → Microsoft?'],
    ['a move and its alternative', 'Altman → Microsoft → back to OpenAI?'],
    ['another organisation', 'ALTMAN → GOOGLE'],
    ["a speaker's line about someone else", 'Nadella: “We remain committed to OpenAI”'],
  ]);
});

describe('a run of recap items: a sentence that opens with its verb goes on with the item before', () => {
  found([
    [
      'a day label and a fragment',
      'Day 1: Brockman loses the chair. Resigns within hours.',
      [
        ['brockman-exit', 'loses the chair'],
        ['brockman-exit', 'Resigns'],
      ],
    ],
    [
      'a headline item, then a fragment',
      'Brockman stripped of the chair on Friday. Quit hours later.',
      [
        ['brockman-exit', 'stripped of the chair'],
        ['brockman-exit', 'Quit'],
      ],
    ],
    [
      'a run of three, the middle one headless too',
      'Altman out by Friday evening. Courted all weekend. Hired by Microsoft on Sunday.',
      [['altman-joins-microsoft', 'Hired by Microsoft']],
    ],
    [
      'a regret told as the next item',
      'Sutskever voted with the majority. Apologised publicly on Monday.',
      [['sutskever-regret', 'Apologised publicly']],
    ],
  ]);
  found([
    [
      'another person named between',
      'Brockman was stripped of the chair. Murati was named interim chief. Quit hours later.',
      [['brockman-exit', 'was stripped of the chair']],
    ],
    ['a question item', 'Brockman lost the chair. Quits next?', [['brockman-exit', 'lost the chair']]],
    [
      'a conditional item',
      'Brockman lost the chair. Would quit if pushed.',
      [['brockman-exit', 'lost the chair']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['an item about another person', 'Murati was named interim chief. Quit hours later.'],
    ['an item whose owner is only a possessor', "Brockman's allies were furious. Quit hours later."],
    ['a full sentence, prose rather than a run', 'Brockman was at his desk on Friday. Quit hours later.'],
  ]);
  unmarked('sutskever-title', [
    [
      'a count that only points to people',
      [
        'Altman and Sutskever clashed for months.',
        'Two, in fact. Chief technology officer Mira Murati took over.',
      ],
    ],
  ]);
});

describe('"he" past someone it cannot mean: the page\'s protagonist', () => {
  found([
    [
      'after a block that ends on Murati',
      ['Sam Altman was ousted by the board.', 'Mira Murati posted the line too.', "He's CEO again."],
      [['altman-returns-as-ceo', "'s CEO again"]],
    ],
    [
      'a forum edit',
      [
        'Sam Altman was ousted by the board.',
        'Murati signed the letter as well.',
        'Update: he is CEO again.',
      ],
      [['altman-returns-as-ceo', 'is CEO again']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      'the last person is one "he" may mean',
      ['Sam Altman was ousted by the board.', 'Greg Brockman quit that night.', "He's CEO again."],
    ],
    [
      '"she"',
      ['Sam Altman was ousted by the board.', 'Mira Murati posted the line too.', "She's CEO again."],
    ],
    [
      'a question',
      ['Sam Altman was ousted by the board.', 'Mira Murati posted the line too.', 'Is he CEO again?'],
    ],
  ]);
});

describe("a comment of participles that names no one: what befell the page's protagonist", () => {
  found([
    [
      'two participles',
      ['Sam Altman was ousted by the board.', 'Sacked on a Friday, rehired by Tuesday.'],
      [['altman-returns-as-ceo', 'rehired']],
    ],
    [
      'a participle and a bare "back"',
      ['Sam Altman was ousted by the board.', 'Ousted Friday, back in charge Wednesday. Wild week.'],
      [['altman-returns-as-ceo', 'back in charge']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a question', ['Sam Altman was ousted by the board.', 'Sacked on a Friday, rehired by Tuesday?']],
    [
      'a line about someone named in it',
      ['Sam Altman was ousted by the board.', 'Named interim chief, Shear was back at Twitch within a week.'],
    ],
    [
      'a heading about another person just above',
      ['Sam Altman was ousted by the board.', 'Emmett Shear', 'Sacked on a Friday, rehired by Tuesday.'],
    ],
  ]);
});
