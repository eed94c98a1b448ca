import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A condition someone reports ("said that if…", "warned that unless…") and its consequence are what they
 * say may happen, not facts the page states (DESIGN.md: a condition does not state the claim). Every
 * sentence is invented.
 */

describe('an act inside a reported condition or its consequence is not stated', () => {
  unmarked('altman-joins-microsoft', [
    [
      '"have said that if …, they will … join" (the pair named in the condition)',
      'The workers have said that if the directors do not step aside and do not bring back Altman and Brockman, they will quit and join Microsoft.',
    ],
    [
      '"told reporters that if …" (tabloid)',
      'One furious coder told reporters that if the board stays put, the lot of us will follow Sam and Greg and join Microsoft.',
    ],
    [
      '"says if … the signatories will …" (no comma)',
      'The petition urges the board to stand down and says if that fails the signatories will walk out and go to work at Microsoft.',
    ],
    [
      '"warned that unless …" (British register)',
      'Engineers have warned that unless the board brings back Sam Altman and Greg Brockman, they will all go and join Microsoft.',
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      'the return as the condition',
      'Investors said that if Altman returned as chief executive, they would keep backing the company.',
    ],
  ]);
});

describe('near misses: a report without a condition, or a condition after the act, is stated', () => {
  found([
    [
      'a plain reported hire',
      'Nadella said that Altman and Brockman had joined Microsoft.',
      [['altman-joins-microsoft', 'had joined Microsoft']],
    ],
    [
      'a condition only after the act, in a later clause',
      'Nadella said on Monday that Microsoft had hired Altman, and if the deal holds he will lead a new team.',
      [['altman-joins-microsoft', 'had hired Altman']],
    ],
    [
      'a condition in an earlier sentence',
      [
        'Analysts said that if the board stayed, the shares could slide.',
        'Microsoft said on Monday that it had hired Altman and Brockman.',
      ],
      [['altman-joins-microsoft', 'had hired Altman and Brockman']],
    ],
  ]);
});

describe('the letter’s own conditional threat is still the letter’s demand', () => {
  found([
    [
      '"said that if …, they will leave"',
      'Staff signed a letter. They said that if the board did not resign, they would leave for Microsoft.',
      [['staff-letter-demand', 'if the board did not resign, they would leave for Microsoft']],
    ],
  ]);
});

describe('near misses: a "that if" with no reporting verb before it, or a plain "that" clause', () => {
  found([
    [
      'a noun and "that" before the report',
      'The fear that if nothing changed the shares would slide eased when Microsoft said it had hired Altman.',
      [['altman-joins-microsoft', 'had hired Altman']],
    ],
  ]);
});

describe('"warning that otherwise …": the condition left unsaid, its consequence reported', () => {
  unmarked('microsoft-new-unit', [
    [
      'a wire sentence',
      'Its signers demand that the board step down, warning that otherwise they may quit and take up jobs at the new Microsoft subsidiary.',
    ],
    [
      'a shorter form',
      'Staff told the board to go, warning that otherwise they could all take jobs in the new Microsoft AI unit.',
    ],
  ]);
  found([
    [
      'near miss: "otherwise" for "in other respects", then a clause of its own',
      'Nadella said that otherwise nothing had changed, and Microsoft had created a new AI research team for the pair.',
      [['microsoft-new-unit', 'new AI research team']],
    ],
  ]);
});
