import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * An effort told with "on" and a gerund names an act not yet done, as its "to" does
 * (effortNotFact.ts): "working on bringing him back", "keen on getting him reinstated", "working with
 * Thrive Capital and Tiger Global Management on restoring him". Names in the partner phrase count as
 * one word each. Every sentence is invented, in several registers.
 */

describe('an act striven for with "on" and a gerund is not stated', () => {
  unmarked('altman-returns-as-ceo', [
    ['"working on" a gerund', 'Investors were busy working on bringing Altman back as CEO.'],
    [
      'a pronoun object',
      'Altman was fired on Friday, and by Saturday Thrive was working on bringing him back.',
    ],
    [
      'a partner phrase of two named firms',
      'Microsoft was said to be working with Thrive Capital and Tiger Global Management on reinstating Altman.',
    ],
    ['"keen on" in a comment', 'honestly the investors seem keen on bringing Altman back lol'],
    ['a partner name of two words', 'Nadella worked with Thrive Capital to bring Altman back.'],
  ]);
  unmarked('altman-joins-microsoft', [
    ['"focused on" a hire', 'Nadella spent the weekend focused on hiring Altman.'],
  ]);
});

describe('an act done after "on" stays stated', () => {
  found([
    [
      '"on" as a day before the act',
      'Altman returned on Wednesday as CEO of OpenAI.',
      [['altman-returns-as-ceo', 'returned']],
    ],
    [
      'a finite act after a partner name and "and"',
      'Thrive worked with Microsoft for days, and Altman returned as chief executive.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
    [
      'the act as the subject, not the object of striving',
      'The board agreed on Tuesday night to bring Altman back as CEO.',
      [['altman-returns-as-ceo', 'to bring Altman back as CEO']],
    ],
  ]);
});
