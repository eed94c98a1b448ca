import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * "sorry" after the possessive "'s" and before a noun is the adjective of pity or poor quality ("a sorry
 * state", "his sorry excuse", "a sorry tale"), not "is sorry": the possessive is no copula there.
 */

describe('"X\'s sorry <noun>" is no apology', () => {
  unmarked('sutskever-regret', [
    [
      'a sorry excuse',
      'The board’s sorry state was plain to see, and Sutskever’s sorry excuse for a vote drew scorn.',
    ],
    ['a sorry tale', 'Sutskever’s sorry tale of the weekend ran long.'],
    ['a sorry record', 'Ilya Sutskever’s sorry record as a director was raised again.'],
    ['a sorry end', 'It was Sutskever’s sorry end to a long week.'],
    ['a sorry saga', 'Sutskever’s sorry saga on the board is now over.'],
  ]);
  found([
    [
      '"\'s sorry for"',
      'Sutskever’s sorry for his part in the board’s action.',
      [['sutskever-regret', '’s sorry for his part in the board’s action']],
    ],
    ['"he\'s sorry" at the end', 'Ilya Sutskever said he’s sorry.', [['sutskever-regret', '’s sorry']]],
    [
      '"\'s sorry" + a clause',
      'Sutskever’s sorry he voted to fire Altman.',
      [['sutskever-regret', '’s sorry']],
    ],
    [
      '"\'s deeply sorry about"',
      'Sutskever’s deeply sorry about the vote.',
      [['sutskever-regret', '’s deeply sorry about the vote']],
    ],
  ]);
});
