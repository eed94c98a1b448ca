import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Who a claim is about when the sentence does not put the name before the verb: a participle clause
 * opening the sentence, a title set off after the name. Every sentence is invented.
 */

describe('a participle opening the sentence is about the subject after its comma', () => {
  found([
    [
      'a passive with its agent',
      'Snapped up by Microsoft over the weekend, Altman said little in public.',
      [['altman-joins-microsoft', 'Snapped up by Microsoft']],
    ],
    [
      'a passive with its role',
      'Reinstated as chief executive on Wednesday, Altman promised an independent review.',
      [['altman-returns-as-ceo', 'Reinstated as chief executive']],
    ],
    [
      'a passive with its complement after other words',
      'Appointed interim CEO in a late-night call, Shear spent Monday meeting staff.',
      [['shear-appointment', 'Appointed interim CEO']],
    ],
    [
      '"having" and an act',
      'Having apologised on X, Sutskever signed the letter himself.',
      [['sutskever-regret', 'apologised']],
    ],
  ]);
  found([
    [
      'the opening clause and its subject’s act right after: two facts, two instances (round 14 convention)',
      'Removed as chairman, Brockman quit the company hours later.',
      [
        ['brockman-exit', 'Removed as chairman'],
        ['brockman-exit', 'quit the company'],
      ],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['another person after the comma', 'Hired by Microsoft in 2019, the engineer later joined OpenAI.'],
    ['another agent in the clause', 'Hired by Google at 19, Altman never stayed long anywhere.'],
    ['a name inside the clause', 'Hired by Microsoft, as Altman predicted, the engineers moved to Redmond.'],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a question', 'Reinstated as chief executive, would Altman change anything?'],
  ]);
});

describe('a title set off after the name is its holder’s', () => {
  found([
    [
      'the possessor of the title is any noun',
      'Sutskever, the venture’s chief scientist, stayed silent.',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'in parentheses',
      'Ilya Sutskever (chief scientist) voted with the board.',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'in a fact box’s list of roles',
      'Ilya Sutskever: founder, chief scientist',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      '"who serves as"',
      'Sutskever, who serves as chief scientist, voted on Friday.',
      [['sutskever-title', 'serves as chief scientist']],
    ],
    [
      '"served as"',
      'Sutskever served as chief scientist for years.',
      [['sutskever-title', 'served as chief scientist']],
    ],
  ]);
  unmarked('sutskever-title', [
    ['another person’s title', 'Sutskever praised Google’s chief scientist.'],
    ['inside a parenthesis with another', 'Sutskever (with Google’s chief scientist) spoke.'],
    ['a question', 'Is Sutskever, who serves as chief scientist, leaving?'],
  ]);
});

describe('the holder named after a title, "is" or a fact box’s colon', () => {
  found([
    [
      'the title, then "is" and the name',
      'The company’s interim chief executive is now Emmett Shear.',
      [['shear-appointment', 'interim chief executive is now Emmett Shear']],
    ],
    [
      'a fact box row with an aside',
      'Acting CEO (since Sunday): Emmett Shear',
      [['shear-appointment', 'Acting CEO (since Sunday): Emmett Shear']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['a denial', 'The interim CEO is not Emmett Shear.'],
    ['a question', 'Is the interim CEO now Emmett Shear?'],
  ]);
});

describe('a timeline clause after a semicolon that opens with its verb is about the one before', () => {
  found([
    [
      'a dated row',
      'Nov 17: Brockman told of the board vote; resigns that evening',
      [['brockman-exit', 'resigns']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a noun after the semicolon', 'Brockman said little; exits are rare at OpenAI.'],
  ]);
});

describe('a noun for the act after a verb of saying it is the subject’s act', () => {
  found([
    ['"posts apology"', 'Sutskever posts apology', [['sutskever-regret', 'posts apology']]],
    [
      'an adjective between, and "over" after',
      'Sutskever voiced profound regret over the vote.',
      [['sutskever-regret', 'voiced profound regret over the vote']],
    ],
  ]);
  unmarked('sutskever-regret', [['another person', 'Murati issued an apology to staff.']]);
});

describe('a title after "is", an article and adverbs', () => {
  found([
    [
      '"was briefly a"',
      'Shear was briefly a stopgap CEO.',
      [['shear-appointment', 'was briefly a stopgap CEO']],
    ],
    ['"is now an"', 'Shear is now an interim boss.', [['shear-appointment', 'is now an interim boss']]],
  ]);
  unmarked('shear-appointment', [
    ['"never"', 'Shear was never a stopgap CEO.'],
    ['"not really"', 'Shear was not really an interim boss.'],
    ['a question', 'Is Shear really an interim boss?'],
  ]);
});

describe('"the same man" is the one just told of', () => {
  found([
    [
      'in the sentence before, its subject',
      'Sutskever voted to remove Altman. Days later the same man was saying sorry.',
      [['sutskever-regret', 'was saying sorry']],
    ],
    [
      'in the block before, its last subject',
      ['Sutskever voted to remove Altman.', 'Days later the same man was saying sorry.'],
      [['sutskever-regret', 'was saying sorry']],
    ],
  ]);
  unmarked('sutskever-regret', [['no one told of before', 'The same man was saying sorry.']]);
});
