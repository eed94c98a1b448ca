import { describe, expect, it } from 'vitest';
import { lastBlockClaimIds } from './helpers/annotate.ts';

/*
 * Where the sentence before names people only as objects (its subject is a company, a board, "it"),
 * a "he" after it takes the one of them the claim's act is about, not simply the first named; a
 * person named as a subject keeps the subject reading. Every sentence is invented.
 */
const LEAD = 'OpenAI fired Sam Altman on Friday.';

describe('a pronoun after a sentence that names people only as objects', () => {
  it.each([
    [
      [
        LEAD,
        "When OpenAI's board pushed out Sam Altman, it tried to keep Greg Brockman. He walked out instead.",
      ],
      'brockman-exit',
    ],
    [
      [LEAD, 'The directors removed Sam Altman and wanted to hold on to Greg Brockman. He quit hours later.'],
      'brockman-exit',
    ],
    [[LEAD, 'The board kept Ilya Sutskever but fired Altman. He now regrets his role.'], 'sutskever-regret'],
    [
      [LEAD, 'The board kept Brockman and fired Altman. He is back as chief executive.'],
      'altman-returns-as-ceo',
    ],
  ])('%j', (blocks, id) => expect(lastBlockClaimIds(blocks)).toContain(id));

  it.each([
    // A subject after a fronted time is still the subject: "he" continues him (review22 #17).
    ...[
      'On Monday Greg Brockman phoned Ilya Sutskever.',
      'Late Sunday Greg Brockman met Ilya Sutskever.',
      'Hours later Greg Brockman called Ilya Sutskever.',
    ].map((first): [string[], string] => [
      [LEAD, `${first} He said he deeply regretted his part in the board’s actions.`],
      'sutskever-regret',
    ]),
    // A person named as a subject: "he" continues them.
    [[LEAD, 'Altman said the board had pushed out Brockman. He walked out instead.'], 'brockman-exit'],
    // Both took the act: the pronoun stays nobody's.
    [
      [LEAD, 'The directors fired Altman and demoted Brockman. He joined Microsoft on Monday.'],
      'altman-joins-microsoft',
    ],
  ])('%j', (blocks, id) => expect(lastBlockClaimIds(blocks)).not.toContain(id));
});
