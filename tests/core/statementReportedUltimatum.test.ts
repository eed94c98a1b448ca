import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The letter's terms reported as they were put (reportedUltimatum.ts): a list of imperatives or bare
 * clauses, after a colon, a dash or in quotes, that ends in the staff's threat after "or", "otherwise",
 * "or else", "failing that" or "if not". One span from the first term through the threat; an act named
 * inside it ("Sam and Greg come back") is a term, not a fact. Invented lines.
 */

describe('a reported ultimatum is one span', () => {
  found([
    [
      'imperatives after "the ultimatum:", the signers going',
      'The ultimatum: step down, put Sam and Greg back, or the people who signed will resign and follow them.',
      [
        [
          'staff-letter-demand',
          'step down, put Sam and Greg back, or the people who signed will resign and follow them',
        ],
      ],
    ],
    [
      'bare clauses after "says:", "otherwise", and the return inside is a term',
      "The letter basically says: every one of you quits, Sam and Greg come back, otherwise we're off to Redmond.",
      [
        [
          'staff-letter-demand',
          "every one of you quits, Sam and Greg come back, otherwise we're off to Redmond",
        ],
      ],
    ],
    [
      'after a dash, the staff named before',
      [
        'Hundreds of staff signed.',
        'The message to the board was blunt — go, bring Sam back, or we all leave for Microsoft.',
      ],
      [['staff-letter-demand', 'go, bring Sam back, or we all leave for Microsoft']],
    ],
    [
      '"failing that" after a semicolon',
      'Staff had one message for the board — resign, reinstate Altman and Brockman; failing that, every signatory walks.',
      [['staff-letter-demand', 'resign, reinstate Altman and Brockman; failing that, every signatory walks']],
    ],
    [
      '"or else", the board addressed',
      'The letter, in plain words: you step aside, Sam comes back, or else the whole lot of us head to Redmond.',
      [
        [
          'staff-letter-demand',
          'you step aside, Sam comes back, or else the whole lot of us head to Redmond',
        ],
      ],
    ],
    [
      '"and if not" after indicative terms',
      "The signers' terms were simple: the directors quit, Altman and Brockman are rehired, and if not, we leave.",
      [['staff-letter-demand', 'the directors quit, Altman and Brockman are rehired, and if not, we leave']],
    ],
    [
      '"we\'re gone" after a petition',
      "The petition reads, in effect: step down, restore Altman, or we're gone.",
      [['staff-letter-demand', "step down, restore Altman, or we're gone"]],
    ],
  ]);
  unmarked('staff-letter-demand', [
    [
      'another party’s ultimatum',
      "Microsoft's ultimatum: step down, bring Sam back, or we walk away from the partnership.",
    ],
    ['one person’s threat', "Sutskever's ultimatum to the board: resign, bring Sam back, or I quit."],
    [
      'no going in the threat',
      ['Hundreds of staff signed.', 'The message to the board: step down, bring Sam back, or we sue.'],
    ],
    [
      'another ultimatum about something else',
      "The coach's ultimatum: train harder, show up on time, or you're off the team.",
    ],
    ['no board act in the terms', 'The letter says: go home, rest, or we will all burn out.'],
    [
      'quoted, and said by one person',
      '"Step down, put Sam back, or we walk," Murati told the board, according to two people.',
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      'the return inside the terms',
      "The letter basically says: every one of you quits, Sam and Greg come back, otherwise we're off to Redmond.",
    ],
  ]);
});

describe('the threat ends at its comma (review21 #1)', () => {
  found([
    [
      'the next clause keeps its own claim',
      'The letter, in short: quit, bring back Altman, or we go, and by Wednesday night Altman was back as CEO.',
      [
        ['staff-letter-demand', 'quit, bring back Altman, or we go'],
        ['altman-returns-as-ceo', 'was back as CEO'],
      ],
    ],
    [
      'a relative clause after the going is not the threat',
      'The letter: step down, bring Sam back, or we all leave, and Brockman, who quit on Friday, will be waiting.',
      [
        ['staff-letter-demand', 'step down, bring Sam back, or we all leave'],
        ['brockman-exit', 'quit'],
      ],
    ],
    [
      'the going keeps its complement without a comma',
      'The ultimatum: resign, restore Altman, or the signers will quit and follow him.',
      [['staff-letter-demand', 'resign, restore Altman, or the signers will quit and follow him']],
    ],
  ]);
});

describe('another party’s ultimatum is not the letter’s (review21 #2)', () => {
  unmarked('staff-letter-demand', [
    [
      "a union's terms with 'you' and workers walking out",
      "The union's ultimatum to the board: you withdraw the pay cut, or workers walk out.",
    ],
    [
      "the directors' counter-threat",
      'Staff signed a letter on Monday. Some directors had a reply: you go, the letter goes, or we all leave.',
    ],
    ["management's terms", "Management's answer to the engineers: you drop the petition, or you all go."],
  ]);
  found([
    [
      'the staff put it to the board',
      "The staff's ultimatum to the board: resign, reinstate Altman, or we leave.",
      [['staff-letter-demand', 'resign, reinstate Altman, or we leave']],
    ],
  ]);
});

describe('one reading of the staff and their going (review21 #8)', () => {
  found([
    [
      'a first person inside the staff keeps them the speaker',
      'The letter, in short: resign, restore Altman, or every signatory, and I with them, leaves for Microsoft.',
      [
        [
          'staff-letter-demand',
          'resign, restore Altman, or every signatory, and I with them, leaves for Microsoft',
        ],
      ],
    ],
    [
      'the staff named too far after the connective: the terms alone',
      'The letter: resign, restore Altman, or else, frankly and after a long week of it, we go.',
      [['staff-letter-demand', 'resign, restore Altman']],
    ],
  ]);
});
