import { describe, expect, it } from 'vitest';
import { found, statements, unmarked } from './helpers/statementCases.ts';

/** Each sentence keeps a mark of `id`: the fact is not read as the terms of a demand. */
const marked = (id: string, cases: Array<[string, string | string[]]>) =>
  it.each<[string, string | string[]]>(cases)('keeps %s marked', (_, text) => {
    expect(statements(text).map(([claim]) => claim)).toContain(id);
  });

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
    ['"or we depart"', 'The board resigns and Altman is reinstated as chief executive, or we depart.'],
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

describe('a head word in an earlier clause, or a copula with a predicate of its own, heads no terms', () => {
  marked('altman-returns-as-ceo', [
    [
      '"price was up … after"',
      "Microsoft's share price was up 2% on Wednesday after Altman returned as chief executive.",
    ],
    [
      '"demands were clear, and"',
      "Investors' demands were clear, and by Wednesday Altman had returned as chief executive.",
    ],
    [
      '"Conditions … were chaotic, and"',
      'Conditions inside the company were chaotic, and on Wednesday Altman returned as chief executive.',
    ],
    [
      '"The price was steep, but"',
      'The price was steep, but Altman returned as chief executive on Wednesday.',
    ],
    [
      '"terms were generous:" after a deal',
      'The agreement came late on Tuesday. Its terms were generous: Altman returned as chief executive on Wednesday.',
    ],
    [
      '"The conditions:" after a pact',
      'The pact was sealed overnight. The conditions: Altman returned as chief executive and the board was rebuilt.',
    ],
    ['"price was right and"', 'The price was right and Altman returned as chief executive on Wednesday.'],
    [
      '"share price was falling as"',
      'The share price was falling as Altman returned as chief executive on Wednesday.',
    ],
    [
      '"their wants were modest; "',
      'Their wants were modest; Altman returned as chief executive on Wednesday.',
    ],
    [
      '"the request was rejected, so"',
      'The request to stay was rejected, so Altman returned as chief executive anyway.',
    ],
  ]);
  marked('altman-joins-microsoft', [
    [
      '"request … was sent before"',
      'The request for comment was sent before Microsoft hired Altman on Monday.',
    ],
    ['"Conditions were tense as"', 'Conditions were tense as Microsoft hired Altman on Monday.'],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['copula + "that"', 'Their price for staying was that Altman return as chief executive.'],
    ['copula + a name', 'Their one demand was Altman reinstated as chief executive.'],
  ]);
});

describe('"if not" and "or" that open no threat', () => {
  marked('altman-returns-as-ceo', [
    [
      '"if not" qualifying a word',
      'Altman returned as chief executive on Wednesday, a stunning if not unprecedented comeback.',
    ],
    [
      '"if not" between numbers',
      'Altman returned as chief executive, cheered by dozens if not hundreds of staff.',
    ],
    [
      '"or" between groups of people',
      'Altman returned as chief executive on Wednesday, reassuring investors or employees who had feared the worst.',
    ],
    ['"or" before "they" with no going', 'Altman returned as chief executive, or so they said on Wednesday.'],
    [
      '"or" before "all" with no going',
      'Altman returned as chief executive on Wednesday, or at all events said he had.',
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['"or" + speaker + going, no comma', 'Reinstate Altman as chief executive or the staff all quit.'],
    ['"if not" + speaker', 'Bring back Altman as chief executive, and if not we all walk.'],
    [
      '"or" + "those who signed" + leave',
      'Altman is restored as chief executive, or those who signed leave for Microsoft.',
    ],
  ]);
});
