import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * A posting clause whose object points back at the posted line shown just above it — a card, a pull
 * quote, the paragraph before — is the staff-solidarity-post claim (lineReference.ts): "that exact line",
 * "the same six words", "the identical sentence", active or passive. Only with the line shown in the
 * nearest blocks above and the staff as the clause's subject or agent. Invented lines.
 */

const LINE = 'OpenAI is nothing without its people';
const CARD = `"${LINE}" 💙`;

describe('a clause pointing back at the line shown above is the claim', () => {
  found([
    [
      'demonstrative, perfect tense, under a card',
      [CARD, 'By lunchtime most of the research team had posted that very line.'],
      [['staff-solidarity-post', 'By lunchtime most of the research team had posted that very line']],
    ],
    [
      '"the same N words", a card footer between',
      [
        CARD,
        'Shared 12K times · View on X',
        'Dozens of engineers retweeted the same six words before midnight.',
      ],
      [['staff-solidarity-post', 'Dozens of engineers retweeted the same six words']],
    ],
    [
      '"flooded X with" the identical sentence',
      [CARD, 'Staffers flooded LinkedIn with the identical sentence, many adding a heart.'],
      [['staff-solidarity-post', 'Staffers flooded LinkedIn with the identical sentence']],
    ],
    [
      'passive, the staff as agent',
      [CARD, 'The same slogan was shared by hundreds of OpenAI employees within the hour.'],
      [
        [
          'staff-solidarity-post',
          'The same slogan was shared by hundreds of OpenAI employees within the hour',
        ],
      ],
    ],
    [
      'the line quoted at the end of the paragraph before',
      [
        `Murati's message on Sunday night was short: "${LINE}."`,
        'Within hours, colleagues across the company had reposted those exact words.',
      ],
      [
        ['staff-solidarity-post', `${LINE}`],
        [
          'staff-solidarity-post',
          'Within hours, colleagues across the company had reposted those exact words',
        ],
      ],
    ],
    [
      'the company’s own staff named before the staff word',
      [CARD, 'OpenAI employees reposted that exact line within minutes.'],
      [['staff-solidarity-post', 'OpenAI employees reposted that exact line']],
    ],
    [
      'a sentence-initial quantifier',
      [CARD, 'Many employees tweeted the same words that night.'],
      [['staff-solidarity-post', 'Many employees tweeted the same words']],
    ],
  ]);
});

describe('near-misses stay unmarked', () => {
  unmarked('staff-solidarity-post', [
    ['no line shown above', ['The board met on Sunday.', 'Dozens of engineers posted the same six words.']],
    ['a posting denied', [CARD, 'Engineers had not posted that line, a spokesman insisted.']],
    ['someone other than the staff', [CARD, 'Investors reposted the same line on Monday.']],
    ['no pointing word', [CARD, 'Employees posted photos of the office all weekend.']],
    // A reported clause's "that", another company's staff, a message of its own (review22 #9, #10).
    [
      '"that" opening a reported clause',
      [CARD, 'Employees tweeted that the statement from the board was a lie.'],
    ],
    ['"that" then a subject and its verb', [CARD, 'Engineers posted that this statement was misleading.']],
    ["another company's staff", [CARD, 'Microsoft employees shared the same message on Monday.']],
    ["another company's staff, possessive", [CARD, "Google's researchers reposted that exact line."]],
    [
      'a message of its own',
      [CARD, 'Colleagues shared the same message of support for their new colleagues.'],
    ],
    [
      'a line shown long before, a long paragraph between',
      [
        CARD,
        'The board had met on Saturday and again on Sunday, and by Sunday night it had named a new interim chief executive, a choice that surprised almost everyone who had followed the talks over the weekend, including several of the investors.',
        'Employees then posted the same line again.',
      ],
    ],
  ]);
});
