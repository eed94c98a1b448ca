import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Acts named in the terms of a demand: under a head that says they are terms ("Their terms:", "What
 * they want:", "their price for staying was…") or before the threat of what happens if they are refused
 * (", or we all go", "; failing that", "if not", "on pain of"). What someone asks for is not what
 * happened. A settled deal's terms, a manner of speaking ("in plain terms"), a demand spoken of ("their
 * demand was granted:") and an act that averted an outcome ("or they would have left") stay facts.
 */

describe('an act under the head of demand terms', () => {
  unmarked('altman-returns-as-ceo', [
    ['"Their terms:"', 'Their terms: every director steps aside and Altman is restored as chief executive.'],
    ['"What they want:"', 'What the staff want: the board out, Altman back in charge.'],
    ['"The ultimatum:"', 'The ultimatum: resign now and reinstate Sam Altman.'],
    ['"Their wish list:"', 'Their wish list: Altman reinstated as chief executive, the board gone.'],
    [
      '"price … was"',
      'The signers named their price: the directors go and Altman comes back as chief executive.',
    ],
    ['a copula for the colon', "Their one condition was the board's exit and Altman's reinstatement."],
    ['"The ask:"', 'The ask from employees: bring back Sam Altman as CEO.'],
  ]);
});

describe('an act before the threat of refusal', () => {
  unmarked('altman-returns-as-ceo', [
    [', or we …', 'Every director quits, Altman is reinstated, or we all walk out.'],
    ['"or every one of us"', 'you step down and you bring sam back or every one of us is gone'],
    [
      '"; failing that"',
      'The board resigns and Altman returns as chief executive; failing that, staff head for Microsoft.',
    ],
    ['"and if not"', 'Directors go, Altman is restored, and if not, the signers leave.'],
    ['"on pain of"', 'It demanded that Altman be reinstated, on pain of a mass walkout.'],
    ['"or else"', 'Reinstate Altman as CEO or else the engineers defect.'],
  ]);
});

describe('facts beside the words of a demand', () => {
  found([
    [
      'a demand spoken of, then the fact',
      'Their demand was granted: Altman returned as chief executive on Wednesday.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
    [
      "a settled deal's terms",
      'The terms of the deal: Altman returns as chief executive under a new board.',
      [['altman-returns-as-ceo', 'returns as chief executive']],
    ],
    [
      'a manner of speaking',
      'In plain terms: Altman returned as chief executive on Wednesday.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
    [
      'an outcome the act averted',
      'Altman returned as chief executive, or they would all have left.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
    [
      '"or" with no threat after it',
      'Altman returned as chief executive on Tuesday, or Wednesday in Asia.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
  ]);
});
