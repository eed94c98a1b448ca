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
      `Through Monday, dozens of employees, Murati among them, took to X with one identical sentence, six words long: "${LINE}."`,
      [
        [
          'staff-solidarity-post',
          `Through Monday, dozens of employees, Murati among them, took to X with one identical sentence, six words long: "${LINE}`,
        ],
      ],
    ],
    [
      'a dash before the line',
      `Large numbers of staff reposted a common slogan — "${LINE}".`,
      [['staff-solidarity-post', `Large numbers of staff reposted a common slogan — "${LINE}`]],
    ],
    [
      'a participle of posting, one person joining',
      `Murati also joined the wave of employees posting one six-word creed, in her case as in theirs: "${LINE}."`,
      [
        [
          'staff-solidarity-post',
          `Murati also joined the wave of employees posting one six-word creed, in her case as in theirs: "${LINE}`,
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
