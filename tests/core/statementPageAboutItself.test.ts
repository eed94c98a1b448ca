import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A sentence whose subject is the page itself ("This note reconstructs…", "Our explainer looks at…")
 * names the page's topics; the acts in it are told later, not there. Every sentence is invented.
 */

describe('a page naming its own topics tells no act', () => {
  unmarked('altman-returns-as-ceo', [
    [
      '"This note reconstructs the removal and reinstatement of"',
      "This note reconstructs the removal and reinstatement of OpenAI's chief executive in November 2023 from press reporting.",
    ],
    [
      '"Our explainer looks at"',
      "Our explainer looks at Altman's return as chief executive and what it means.",
    ],
    [
      '"This article traces how"',
      'This article traces how Altman returned as chief executive within a week.',
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['"This episode revisits"', "This episode revisits Microsoft's hiring of Altman."],
  ]);
  unmarked('brockman-exit', [
    ['"This paper examines"', "This paper examines Brockman's resignation in detail."],
  ]);
  found([
    [
      "near miss: another work's topics told after a colon",
      "This case study covers the years that followed: Brockman's resignation came first.",
      [['brockman-exit', "Brockman's resignation"]],
    ],
    [
      'near miss: "This week" is no page',
      'This week Altman returned as chief executive.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
    [
      'near miss: the page updated after the act',
      'This article was updated after Altman returned as chief executive.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
    [
      'near miss: a covering verb whose subject is not the page',
      'The board reconstructs nothing: Altman returned as chief executive on Wednesday.',
      [['altman-returns-as-ceo', 'returned as chief executive']],
    ],
  ]);
});
