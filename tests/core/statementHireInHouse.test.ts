import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * An employer taking a person "in-house" hires them: "Microsoft brought Altman in-house", "Altman was
 * taken in-house by Microsoft". The particle may stand after the object, as "back" does. Every sentence
 * is invented, in several registers.
 */

describe('a person taken in-house by the employer is hired', () => {
  found([
    [
      "a reporter's past tense with the particle after the object",
      'On Sunday Microsoft brought Altman in-house to lead a new lab.',
      [['altman-joins-microsoft', 'brought Altman in-house']],
    ],
    [
      'a passive with the employer as agent',
      'Altman was taken in-house by Microsoft within hours.',
      [['altman-joins-microsoft', 'was taken in-house by Microsoft']],
    ],
    [
      'a progressive after "announced it was"',
      'Microsoft announced it was taking Altman and Brockman in-house.',
      [['altman-joins-microsoft', 'was taking Altman and Brockman in-house']],
    ],
    [
      "a headline's present tense",
      'Microsoft takes Altman in-house after OpenAI ouster',
      [['altman-joins-microsoft', 'takes Altman in-house']],
    ],
  ]);
});

describe('taking something else in-house, or only maybe, is no hire', () => {
  unmarked('altman-joins-microsoft', [
    ['another object', 'Microsoft brought its chip design in-house last year, Altman said.'],
    ['a modal', 'Microsoft could bring Altman in-house if the talks fail.'],
    ['a question', 'Will Microsoft take Altman in-house?'],
    ['talks towards it', 'Microsoft is in talks to bring Altman in-house.'],
  ]);
});
