import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * "Sam was always coming back": a copula, "always" and a verb in -ing tell an inevitability or a
 * habit, a verdict on the story, not the report of the act. Beside the progressive that reports it.
 * Every sentence is invented.
 */

describe('"was always coming back" states no return', () => {
  unmarked('altman-returns-as-ceo', [
    ['"was always coming back"', 'Sam was always coming back.'],
    ['"were always coming back" of a pair', 'Altman and Brockman were always coming back.'],
    ['"is forever coming back"', 'Altman is forever coming back to OpenAI, it seems.'],
  ]);
  unmarked('sutskever-regret', [
    ['"was always expressing regret"', 'Sutskever was always expressing regret.'],
  ]);
  found([
    [
      'the progressive that reports it',
      'Altman was coming back as CEO.',
      [['altman-returns-as-ceo', 'was coming back as CEO']],
    ],
    [
      '"as always" set off by commas',
      'Altman, as always, was coming back to OpenAI as CEO.',
      [['altman-returns-as-ceo', 'was coming back to OpenAI']],
    ],
  ]);
});
