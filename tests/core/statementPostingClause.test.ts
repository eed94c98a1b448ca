import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Convention (h): a sentence that reports staff posting the slogan and quotes it is ONE span, from the
 * posting clause through the quoted line (postingClause.ts), whichever side the clause stands. Invented lines.
 */

const LINE = 'OpenAI is nothing without its people';

describe('the posting clause and the quoted line are one span', () => {
  found([
    [
      'clause, object and colon before the line',
      `By Sunday evening scores of researchers had taken to LinkedIn with the same short message: "${LINE}."`,
      [
        [
          'staff-solidarity-post',
          `By Sunday evening scores of researchers had taken to LinkedIn with the same short message: "${LINE}`,
        ],
      ],
    ],
    [
      'a dash before the line',
      `Engineers retweeted one another's identical line — "${LINE}".`,
      [['staff-solidarity-post', `Engineers retweeted one another's identical line — "${LINE}`]],
    ],
    [
      'a participle of posting, one person joining',
      `The chief technology officer was among the staff sharing the rallying cry: "${LINE}."`,
      [
        [
          'staff-solidarity-post',
          `The chief technology officer was among the staff sharing the rallying cry: "${LINE}`,
        ],
      ],
    ],
    [
      'the verb right before the quote',
      `Staffers kept tweeting "${LINE}" all night.`,
      [['staff-solidarity-post', `Staffers kept tweeting "${LINE}`]],
    ],
    [
      'a fronted clause stays out',
      `When the board would not budge, engineers flooded their feeds with one line: "${LINE}."`,
      [['staff-solidarity-post', `engineers flooded their feeds with one line: "${LINE}`]],
    ],
    [
      'the clause after the line',
      `"${LINE}," employee after employee wrote on X, many with a heart.`,
      [['staff-solidarity-post', `${LINE}," employee after employee wrote on X`]],
    ],
    [
      'a passive clause after the line',
      `"${LINE}", shared on LinkedIn by hundreds of the company's staff.`,
      [['staff-solidarity-post', `${LINE}", shared on LinkedIn by hundreds of the company's staff`]],
    ],
  ]);
});

describe('without a posting clause the line stays as it is', () => {
  found([
    ['another verb of saying reports it', `An analyst said: "${LINE}."`, [['staff-solidarity-post', LINE]]],
    [
      'the sentence after the line says something else',
      `"${LINE}." The analyst said few had posted anything else.`,
      [['staff-solidarity-post', LINE]],
    ],
  ]);
  unmarked('staff-solidarity-post', [['no line at all', 'Dozens of employees posted on X all weekend.']]);
});

describe("the posting clause is the line's own (review21 #3, #4, #5)", () => {
  found([
    [
      'a later clause after a comma reports another post',
      `"${LINE}," the slogan went, and by midnight Altman had posted a single heart.`,
      [['staff-solidarity-post', LINE]],
    ],
    [
      "another clause's verb before a comma and 'and'",
      `Microsoft published a statement on Monday, and staff responded with one line: "${LINE}."`,
      [['staff-solidarity-post', LINE]],
    ],
    [
      'another claim inside the clause: the line stays bare',
      `Brockman, who had quit on Friday and posted the timeline of his ouster, wrote: "${LINE}."`,
      [
        ['brockman-exit', 'had quit'],
        ['staff-solidarity-post', LINE],
      ],
    ],
    ['an analyst\'s "put it"', `As one analyst put it: "${LINE}."`, [['staff-solidarity-post', LINE]]],
    [
      'a noun after a determiner',
      `Translated, the tweet read: "${LINE}".`,
      [['staff-solidarity-post', LINE]],
    ],
    ['"The post:"', `The post: "${LINE}."`, [['staff-solidarity-post', LINE]]],
    [
      "another claim's quoted words stay bare",
      'Brockman shared the board\'s two words for Altman — "not consistently candid" — with his followers.',
      [['firing-reason', 'not consistently candid']],
    ],
  ]);
});
