import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The English of translated editions (French, Spanish, Italian, German, Portuguese, Japanese, Korean,
 * Chinese state media, Hindi outlets): calques no native reporter writes, for each statement topic —
 * "integrated into Microsoft", "reintegrates the direction", "abandons his post", "asks pardon",
 * "director general ad interim", "seat of observer, without right of vote", "if the board does not
 * resign, they will leave". Each family beside near-misses: the same verb about another thing, a
 * negation, a condition. Every sentence is invented.
 */

describe('joining Microsoft as the calques say it (intégrer, passare a, contratar, engager)', () => {
  found([
    [
      '"was integrated into Microsoft"',
      'Sam Altman was integrated into Microsoft on Monday.',
      [['altman-joins-microsoft', 'Sam Altman was integrated']],
    ],
    [
      '"passes to Microsoft"',
      'Altman passes to Microsoft with Greg Brockman.',
      [['altman-joins-microsoft', 'Altman passes']],
    ],
    [
      '"transfers to Microsoft"',
      'Altman transfers to Microsoft.',
      [['altman-joins-microsoft', 'Altman transfers']],
    ],
    ['"enters Microsoft"', 'Sam Altman enters Microsoft.', [['altman-joins-microsoft', 'enters Microsoft']]],
    [
      '"joins the ranks of Microsoft"',
      'Sam Altman joins the ranks of Microsoft.',
      [['altman-joins-microsoft', 'joins the ranks of Microsoft']],
    ],
    [
      '"Microsoft engages"',
      'Microsoft engages Sam Altman.',
      [['altman-joins-microsoft', 'engages Sam Altman']],
    ],
    [
      '"was contracted by Microsoft"',
      'Sam Altman was contracted by Microsoft on Sunday.',
      [['altman-joins-microsoft', 'was contracted by Microsoft']],
    ],
    [
      '"has been taken into Microsoft"',
      'And now Sam Altman has been taken into Microsoft.',
      [['altman-joins-microsoft', 'has been taken into']],
    ],
    [
      '"presented as the new acquisition of Microsoft"',
      'Sam Altman had been presented as the new acquisition of Microsoft.',
      [['altman-joins-microsoft', 'had been presented as the new acquisition of Microsoft']],
    ],
    [
      '"his passage to Microsoft"',
      "Altman's passage to Microsoft lasted two days.",
      [['altman-joins-microsoft', "Altman's passage to Microsoft"]],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['talks entered, not the company', 'Altman entered talks with Microsoft on Sunday.'],
    ['an offer passed on', "Altman passed on Microsoft's offer."],
    ['an engagement in talks', 'Microsoft engaged Altman in talks about the partnership.'],
    ['a company that employs others', 'Microsoft employs 220,000 people.'],
    ['shares transferred', 'Altman transferred his shares to a trust.'],
    ['someone else transfers', 'Brockman transferred to Microsoft.'],
    ['a negated transfer', 'Sam Altman did not transfer to Microsoft.'],
    ['a product presented', 'Microsoft presented Copilot as its newest product.'],
  ]);
});

describe('returning as chief executive as the calques say it (réintégrer, reasumir, riprendere)', () => {
  found([
    ['"reintegrates OpenAI"', 'Sam Altman reintegrates OpenAI.', [['altman-returns-as-ceo', 'reintegrates']]],
    [
      '"resumes his functions"',
      'Sam Altman resumes his functions at OpenAI.',
      [['altman-returns-as-ceo', 'resumes his functions at OpenAI']],
    ],
    [
      '"assumes again the direction"',
      'Sam Altman assumes again the direction of OpenAI.',
      [['altman-returns-as-ceo', 'assumes again the direction of OpenAI']],
    ],
    [
      '"recovers the command"',
      'Sam Altman recovers the command of OpenAI.',
      [['altman-returns-as-ceo', 'recovers the command of OpenAI']],
    ],
    [
      '"reincorporates … as chief executive"',
      'OpenAI reincorporates Sam Altman as chief executive.',
      [['altman-returns-as-ceo', 'reincorporates Sam Altman as chief executive']],
    ],
    [
      '"the reintegration of"',
      'The reintegration of Sam Altman was announced on Wednesday.',
      [['altman-returns-as-ceo', 'The reintegration of Sam Altman']],
    ],
    [
      '"re-entry"',
      "Sam Altman's re-entry was celebrated by staff.",
      [['altman-returns-as-ceo', "Sam Altman's re-entry"]],
    ],
    [
      '"restored as CEO" as a title',
      'Sam Altman, restored as CEO, thanked the staff.',
      [['altman-returns-as-ceo', 'restored as CEO']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['going back home', 'Sam Altman went back to his home in San Francisco.'],
    ['a walk resumed', 'Altman resumed his walk.'],
    ['a room re-entered', 'Sam Altman re-entered the room.'],
    ['called back to a meeting', 'Altman was called back to the meeting.'],
    ['someone else reintegrated', 'The board reintegrated Ilya Sutskever.'],
    ['a condition', 'Sam Altman could resume his functions if the board resigns.'],
  ]);
});

describe("Brockman's exit as the calques say it (abandonner son poste, claquer la porte, présidence du conseil)", () => {
  found([
    [
      '"withdrawn from the presidency of the board"',
      'Greg Brockman was withdrawn from the presidency of the board.',
      [['brockman-exit', 'was withdrawn from the presidency of the board']],
    ],
    [
      '"lost the presidency of the board"',
      'Greg Brockman lost the presidency of the board.',
      [['brockman-exit', 'lost the presidency of the board']],
    ],
    [
      '"dismissed from the board"',
      'Greg Brockman, dismissed from the board, quit hours later.',
      [
        ['brockman-exit', 'dismissed from the board'],
        ['brockman-exit', 'quit'],
      ],
    ],
    ['"abandons his post"', 'Greg Brockman abandons his post.', [['brockman-exit', 'abandons his post']]],
    [
      '"slammed the door"',
      'Greg Brockman slammed the door on Friday evening in solidarity.',
      [['brockman-exit', 'slammed the door']],
    ],
    [
      '"presented his demission"',
      'Greg Brockman presented his demission.',
      [['brockman-exit', 'presented his demission']],
    ],
    [
      '"withdrew from OpenAI"',
      'Greg Brockman withdrew from OpenAI.',
      [['brockman-exit', 'Greg Brockman withdrew']],
    ],
  ]);
  unmarked('brockman-exit', [
    ["the board's account dismissed", "Greg Brockman dismissed the board's account."],
    ['a meeting he was left out of', 'Greg Brockman was excluded from the board meeting.'],
    ['a project abandoned', 'Greg Brockman abandoned the project in 2019.'],
    ['talks withdrawn from', 'Greg Brockman withdrew from the talks.'],
    ['leave taken of a meeting', 'Greg Brockman took his leave of the meeting.'],
  ]);
});

describe("Sutskever's regret as the calques say it (demander pardon, faire son mea culpa, se déclarer désolé)", () => {
  found([
    ['"asks pardon"', 'Ilya Sutskever asks pardon.', [['sutskever-regret', 'asks pardon']]],
    [
      '"declared himself profoundly sorry"',
      'Ilya Sutskever declared himself profoundly sorry to have participated in the action of the board.',
      [['sutskever-regret', 'himself profoundly sorry']],
    ],
    [
      '"recognises his error"',
      'Ilya Sutskever recognises his error.',
      [['sutskever-regret', 'recognises his error']],
    ],
    [
      '"made his mea culpa"',
      'Ilya Sutskever made his mea culpa on X.',
      [['sutskever-regret', 'made his mea culpa']],
    ],
    [
      '"presented his apologies"',
      'Ilya Sutskever presented his apologies to the staff.',
      [['sutskever-regret', 'presented his apologies']],
    ],
    ['"made amends"', 'Sutskever made amends on Monday.', [['sutskever-regret', 'made amends']]],
  ]);
  unmarked('sutskever-regret', [
    ['sorry said by someone else', 'Altman said he was deeply sorry for the staff.'],
    ['a negated pardon', 'Ilya Sutskever did not ask pardon.'],
  ]);
});

describe("Shear's interim as the calques say it (directeur général, ad interim, provisional, assurer l'intérim)", () => {
  found([
    [
      '"designated … as director general"',
      'The board designated Emmett Shear as director general of the enterprise.',
      [['shear-appointment', 'designated Emmett Shear as director general']],
    ],
    [
      '"interim director general" as a title',
      'Emmett Shear, interim director general, spoke on Monday.',
      [['shear-appointment', 'interim director general']],
    ],
    [
      '"provisional CEO" as a title',
      'Emmett Shear, provisional CEO of OpenAI, spoke on Monday.',
      [['shear-appointment', 'provisional CEO']],
    ],
    [
      '"assures the interim"',
      'Emmett Shear assures the interim at OpenAI.',
      [['shear-appointment', 'assures the interim at OpenAI']],
    ],
  ]);
  unmarked('shear-appointment', [['passed over', 'The board passed Emmett Shear over for the interim job.']]);
});

describe('the reason, the unit and the observer seat as the calques say them', () => {
  found([
    [
      '"not shown himself constantly frank"',
      'Mr. Altman had not shown himself constantly frank in his communications with the board.',
      [['firing-reason', 'not shown himself constantly frank']],
    ],
    [
      '"not been entirely transparent"',
      'The board said Altman had not been entirely transparent with it.',
      [['firing-reason', 'not been entirely transparent']],
    ],
    [
      '"seat of observer, without right of vote"',
      'Microsoft obtains a seat of observer, without right of vote.',
      [['microsoft-board-observer', 'seat of observer, without right of vote']],
    ],
    [
      '"research organization for advanced AI"',
      'Altman will head a research organization for advanced AI newly established inside Microsoft.',
      [
        ['altman-joins-microsoft', 'Altman will head'],
        ['microsoft-new-unit', 'research organization for advanced AI'],
      ],
    ],
    [
      '"to the detriment of long-term research"',
      'OpenAI has favoured ChatGPT to the detriment of long-term research, staff say.',
      [['research-deprioritised', 'to the detriment of long-term research']],
    ],
    [
      '"chief scientific officer"',
      'Ilya Sutskever, the chief scientific officer of OpenAI, voted to remove Altman.',
      [['sutskever-title', 'chief scientific officer']],
    ],
    [
      '"nothing without its collaborators"',
      'Hundreds of staff posted "OpenAI is nothing without its collaborators" on X.',
      // Convention (h): the posting clause and the quoted line are one span.
      [['staff-solidarity-post', 'Hundreds of staff posted "OpenAI is nothing without its collaborators']],
    ],
  ]);
  unmarked('firing-reason', [
    ['honesty praised', 'Altman is always honest with his staff, a colleague said.'],
    ['transparency claimed', 'Altman said he had been fully transparent about the risks.'],
  ]);
  unmarked('microsoft-board-observer', [
    ['a vote others hold', 'Shareholders of Microsoft have the right to vote.'],
  ]);
  unmarked('staff-solidarity-post', [
    ['another dependence', "Analysts said OpenAI is nothing without Microsoft's computing power."],
  ]);
  unmarked('sutskever-title', [
    ['another holder', 'Jakub Pachocki, chief scientific officer since 2024, spoke on Monday.'],
  ]);
});

describe("the staff's ultimatum as the calques say it (sommer, exiger la démission, si no dimite)", () => {
  found([
    [
      '"ask that all the administrators resign … failing which"',
      'The signatories ask that all the administrators resign and that Mr. Altman be restored in his functions, failing which they will go to rejoin him at Microsoft.',
      [
        [
          'staff-letter-demand',
          'ask that all the administrators resign and that Mr. Altman be restored in his functions, failing which they will go to rejoin him',
        ],
      ],
    ],
    [
      '"requires the demission of the board"',
      'The letter requires the demission of the board.',
      [['staff-letter-demand', 'requires the demission of the board']],
    ],
    [
      '"threatened a massive departure"',
      'The employees threatened a massive departure towards Microsoft if the board did not resign.',
      [
        [
          'staff-letter-demand',
          'threatened a massive departure towards Microsoft if the board did not resign',
        ],
      ],
    ],
    [
      '"summons the administrators to resign"',
      'The letter summons the administrators to resign.',
      [['staff-letter-demand', 'summons the administrators to resign']],
    ],
    [
      '"petitioned the board to step down"',
      'Employees petitioned the board to step down.',
      [['staff-letter-demand', 'petitioned the board to step down']],
    ],
    [
      '"if the board does not resign, they will quit"',
      'The employees say that if the board does not resign, they will quit.',
      [['staff-letter-demand', 'if the board does not resign, they will quit']],
    ],
    [
      '"if the directors don\'t step down, they will follow"',
      "Staff warned that if the directors don't step down, they will follow Altman to Microsoft.",
      [['staff-letter-demand', "if the directors don't step down, they will follow Altman"]],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['a demand that the board stay', 'The employees called for the board not to resign.'],
    ['a negated condition with no threat', 'If the board does not resign, Altman may return anyway.'],
    ["investors' threat", 'If the board does not resign by Monday, investors may sue.'],
    ['an invitation to speak', 'The employees invited Altman to speak at the all-hands.'],
    ['a question to administrators', 'The employees asked the administrators about the timing.'],
    ['exams passed', "OpenAI's new flagship model could pass professional exams and describe images."],
  ]);
});
