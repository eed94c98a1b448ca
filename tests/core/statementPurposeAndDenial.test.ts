import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * What is pressed for or aimed at is not done, and a one-word wording after a negation is denied.
 * Every sentence is invented.
 */

describe('a purpose ("to get him reinstated") or a pressure ("pressure for his return") is not the act', () => {
  unmarked('altman-returns-as-ceo', [
    [
      '"ringing round to get … reinstated"',
      'Backers spent the weekend ringing round to get Altman reinstated.',
    ],
    [
      '"phoning … to see … reinstated"',
      'The investors were phoning directors to see Altman reinstated by Monday.',
    ],
    ['"to have him reinstated"', 'Two directors flew in from Boston to have Altman reinstated.'],
    ['"joins the pressure for his return"', 'Microsoft joins the pressure for his return.'],
    ['"pressure for … reinstatement"', "Investors piled on pressure for Altman's reinstatement."],
    ['"clamour for his return"', 'Staff added to the clamour for his return on Sunday night.'],
  ]);
  found([
    [
      '"managed to get him reinstated" reports it done',
      'Investors managed to get Altman reinstated within five days.',
      [['altman-returns-as-ceo', 'reinstated']],
    ],
    [
      '"under pressure" before the act reports it',
      'Under pressure from staff, the board reinstated Altman.',
      [['altman-returns-as-ceo', 'reinstated Altman']],
    ],
  ]);
});

describe('a one-word wording after a negation is denied', () => {
  unmarked('sutskever-regret', [
    ['"has never been repentant"', 'Sutskever has never been repentant.'],
    ['"is not repentant"', 'Sutskever is not repentant, his friends say.'],
  ]);
  found([
    ['the same word stated', 'Sutskever is repentant.', [['sutskever-regret', 'repentant']]],
    [
      'a negative claim reads its negation in',
      'The board said Altman was never consistently candid with it.',
      [['firing-reason', 'consistently candid']],
    ],
  ]);
});
