import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A subject "it" continues the organisation the sentence before opened with as its subject
 * (centring: the subject stays the topic), not the organisation that sentence named last.
 * Read off a miss of set 24 ("Microsoft is OpenAI's largest outside backer… On Nov. 19 it
 * announced it had hired Mr. Altman"); every sentence here is invented, in several registers.
 */

describe('a subject "it" continues the subject of the sentence before', () => {
  found([
    [
      'wire copy, "is … backer"',
      "Microsoft is OpenAI's biggest shareholder, with billions committed. On Sunday it said it had hired Altman.",
      [['altman-joins-microsoft', 'had hired Altman']],
    ],
    [
      'a corrections column, "has poured"',
      'Microsoft has poured money into OpenAI for years. Late on Sunday it announced that it had hired Altman.',
      [['altman-joins-microsoft', 'had hired Altman']],
    ],
    [
      'a past verb after the name',
      'Microsoft invested early in OpenAI. Two days later it hired Altman.',
      [['altman-joins-microsoft', 'hired Altman']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    [
      'the sentence before opens with the other organisation',
      'OpenAI was in turmoil after Microsoft moved. It said it had hired Altman back.',
    ],
    [
      'a possessive opening is no subject',
      "Microsoft's stake in OpenAI was large. It said it had hired Altman back.",
    ],
    [
      'a noun after the name is no verb',
      'Microsoft shares fell as OpenAI wobbled. It said it had hired Altman back.',
    ],
  ]);
});
