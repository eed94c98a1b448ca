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

/*
 * In the same paragraph, the sentence right after the quoted line may post it by "it" or a bare "the
 * slogan" (convention h). A line quoted bare takes that clause as its posting clause, one mark; a line
 * already posted in its own clause gets a second mark for "the slogan", not for "it" (which may be the
 * letter or the news). Not another party, not a verb of saying.
 */
describe('the next sentence posting the line by "it" or "the slogan"', () => {
  const SHOWN = `Every timeline showed one sentence: "${LINE}".`;
  const QUOTED = `Staff posted "${LINE}" all night.`;
  const posted = ['staff-solidarity-post', `Staff posted "${LINE}`] as [string, string];
  found([
    [
      'a bare line takes "Murati, …, shared it as well" as its posting clause',
      `${SHOWN} Murati, then the interim chief, shared it as well.`,
      [['staff-solidarity-post', `${LINE}". Murati, then the interim chief, shared it as well`]],
    ],
    [
      'a bare line and "Scores of staff posted that line"',
      `"${LINE}." Scores of staff posted that line on X.`,
      [['staff-solidarity-post', `${LINE}." Scores of staff posted that line`]],
    ],
    [
      'a posted line, then a passive with "the slogan": a second mark',
      `${QUOTED} The slogan was echoed by Murati herself.`,
      [posted, ['staff-solidarity-post', 'The slogan was echoed by Murati herself']],
    ],
    ['near miss: a posted line, then "it": no second mark', `${QUOTED} Murati posted it too.`, [posted]],
    [
      'near miss: another party shares it',
      `${SHOWN} Analysts shared it as well.`,
      [['staff-solidarity-post', LINE]],
    ],
    ['near miss: a verb of saying', `${SHOWN} Murati said it was true.`, [['staff-solidarity-post', LINE]]],
  ]);
  unmarked('staff-solidarity-post', [
    ['"it" after no quoted line', 'The letter was signed by 700 staff. Murati shared it as well.'],
  ]);
});

describe('"an X post" is a noun, so the line it shows is bare', () => {
  found([
    [
      'a caption with "an X post by", then the staff sharing "the same line"',
      `Printout of an X post by an OpenAI engineer: "${LINE}". Many of the staff shared the same line that week.`,
      [['staff-solidarity-post', `${LINE}". Many of the staff shared the same line`]],
    ],
  ]);
});
