import { beforeAll, describe } from 'vitest';
import { found, statements, unmarked } from './helpers/statementCases.ts';

/*
 * A second name in a coordinated subject may carry a title whose modifier is an organisation's bare
 * name ("Altman and OpenAI co-founder Greg Brockman"): the organisation belongs to the title, and both
 * people are the subject (readClause.ts, titleBefore). Every sentence is invented.
 */

// The first annotation compiles the dataset's patterns: slow on a loaded machine, so not inside a test's time.
beforeAll(() => void statements('Altman joined Microsoft.'), 60_000);

describe('"Altman and OpenAI co-founder Greg Brockman" is both men', () => {
  found([
    [
      'reported, "said … would join"',
      'Nadella said Altman and OpenAI co-founder Greg Brockman would join Microsoft.',
      [['altman-joins-microsoft', 'would join Microsoft']],
    ],
    [
      'a title of president',
      'Altman and OpenAI president Greg Brockman will join Microsoft.',
      [['altman-joins-microsoft', 'will join Microsoft']],
    ],
    [
      '"former" before the organisation',
      'Sam Altman and former OpenAI president Greg Brockman are joining Microsoft.',
      [['altman-joins-microsoft', 'are joining Microsoft']],
    ],
  ]);
});

describe('the titled name alone, or with someone else', () => {
  unmarked('altman-joins-microsoft', [
    ['Brockman alone', 'OpenAI co-founder Greg Brockman will join Microsoft.'],
    ['staff and Brockman', 'Staff and OpenAI co-founder Greg Brockman will join Microsoft.'],
  ]);
});
