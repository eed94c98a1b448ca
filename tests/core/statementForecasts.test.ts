import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A forecast or a wager ("I bet", "insiders predict", "my money says") is not the news it forecasts.
 * Every sentence is invented.
 */

describe('a forecast or a wager is not stated', () => {
  unmarked('altman-returns-as-ceo', [
    ['"my money says"', 'My money says Sam is back inside a week.'],
    ['"I bet"', 'I bet Altman is back as CEO by Wednesday.'],
    ['"insiders predict"', 'Insiders predict Altman will be reinstated by Wednesday.'],
    ['"I reckon"', 'I reckon Altman returns as chief executive.'],
  ]);
  found([
    [
      'a forecast come true reports it',
      'Altman was reinstated on Wednesday, as many had predicted.',
      [['altman-returns-as-ceo', 'was reinstated']],
    ],
    [
      'a forecast in another clause',
      'Few had predicted it, but Altman was reinstated on Wednesday.',
      [['altman-returns-as-ceo', 'was reinstated']],
    ],
  ]);
});
