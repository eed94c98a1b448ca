import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The tabloid and headline register of each act, fact boxes whose rows take
 * their subject from the heading, and demands told apart from the facts they
 * ask for. Every sentence here is invented: none is taken from an evaluation
 * page.
 */

describe('the hire in the tabloid register: swooping, the sacked boss', () => {
  found([
    [
      '"swooped for" an epithet',
      'Microsoft swooped for the axed boss within hours.',
      [['altman-joins-microsoft', 'swooped for the axed boss']],
    ],
    [
      '"swooped on" the name',
      'Within a day Microsoft had swooped on Altman.',
      [['altman-joins-microsoft', 'had swooped on Altman']],
    ],
    [
      '"snapped up" the booted chief',
      'Microsoft snapped up the booted chief executive on Sunday.',
      [['altman-joins-microsoft', 'snapped up the booted chief executive']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a swoop on someone else', 'Microsoft swooped for a games studio last year.'],
    [
      'staff who would follow him, after "or"',
      'Staff told the board to quit — or they would jump ship and move to Microsoft with Altman.',
    ],
  ]);
});

describe('the return: his job handed back, a comeback pulled off', () => {
  found([
    [
      'the job handed back',
      'By Tuesday Altman had been handed his old job back.',
      [['altman-returns-as-ceo', 'had been handed his old job back']],
    ],
    [
      '"given back" the post',
      'Altman was given back the chief executive job on Wednesday.',
      [['altman-returns-as-ceo', 'was given back the chief executive job']],
    ],
    [
      'a comeback he staged',
      'Altman staged a remarkable comeback within five days.',
      [['altman-returns-as-ceo', 'staged a remarkable comeback']],
    ],
    [
      'a comeback pulled off, far from its verb',
      'Altman has pulled off one of the fastest comebacks in tech.',
      [['altman-returns-as-ceo', 'has pulled off one of the fastest comebacks']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a comeback still possible', 'Altman could yet stage a comeback.'],
    ['a noun that is not the head', 'Altman made the return journey to San Francisco.'],
    ['a job handed to someone else', 'The board handed the job to Emmett Shear.'],
    ['an attempt to bring him back', 'Murati was working to bring Altman back.'],
    ['a scramble to reinstate him', 'Investors scrambled to reinstate Altman.'],
    [
      'what a line labelled as a wish asks for',
      'Investors had one wish. Wanted: the reinstatement of Altman.',
    ],
  ]);
});

describe('Brockman’s exit in the tabloid register, and the subject shared with the clause before', () => {
  found([
    ['"stormed out"', 'Greg Brockman stormed out on Friday evening.', [['brockman-exit', 'stormed out']]],
    [
      '"dumped as chairman" after "having"',
      'Brockman quit that night, having been dumped as chairman.',
      [
        ['brockman-exit', 'quit'],
        ['brockman-exit', 'been dumped as chairman'],
      ],
    ],
    [
      '"after being" axed',
      'Brockman, the co-founder, quit hours after being axed as chairman.',
      [
        ['brockman-exit', 'quit'],
        ['brockman-exit', 'being axed as chairman'],
      ],
    ],
    [
      'a possessive before the name is not the subject',
      'His ally Greg Brockman left, having been booted off the board.',
      [
        ['brockman-exit', 'left'],
        ['brockman-exit', 'been booted off the board'],
      ],
    ],
    [
      '"and, hours later," then the act',
      'Brockman was removed as chair and, that evening, resigned from OpenAI.',
      [
        ['brockman-exit', 'was removed as chair'],
        ['brockman-exit', 'resigned'],
      ],
    ],
  ]);
  unmarked('brockman-exit', [
    [
      'a participle clause about someone else',
      'Altman was fired on Friday, having been accused of not being candid.',
    ],
    ['walking back in', 'Brockman walked back in on Wednesday.'],
  ]);
});

describe('Shear: stand-in boss, an offer accepted, a headline’s present', () => {
  found([
    [
      '"parachuted in as stand-in boss"',
      'Emmett Shear was parachuted in as stand-in chief.',
      [['shear-appointment', 'was parachuted in as stand-in chief']],
    ],
    [
      'the offer of the job accepted',
      'Emmett Shear accepted an offer to become interim CEO.',
      [['shear-appointment', 'accepted an offer to become interim CEO']],
    ],
    [
      'a headline’s present with its subject',
      'Directors pick Emmett Shear as new CEO',
      [['shear-appointment', 'pick Emmett Shear as new CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['an imperative', 'Pick Emmett Shear as CEO, one investor urged.'],
    ['an offer declined', 'Emmett Shear did not accept the offer of the CEO job.'],
  ]);
});

describe('a fact box: rows under a name, and a line led by a name and a dash', () => {
  found([
    [
      'a row two rows below the heading',
      ['EMMETT SHEAR', 'Role: former chief of Twitch', 'Then: named interim chief executive on Sunday.'],
      [['shear-appointment', 'named interim chief executive']],
    ],
    [
      'a row after a row that names another person',
      ['SAM ALTMAN', 'Age: 38', 'Then: Satya Nadella spoke up for him.', 'Today: back as chief executive.'],
      [['altman-returns-as-ceo', 'back as chief executive']],
    ],
    [
      'a line led by a name and a dash',
      'GREG BROCKMAN — the loyal co-founder. Walked out, came back.',
      [['brockman-exit', 'Walked out']],
    ],
    [
      'after a subjectless clause and a comma',
      'SAM ALTMAN — the boss. Fired Friday, back Wednesday.',
      [['altman-returns-as-ceo', 'back']],
    ],
    [
      '"…, then said sorry" after a relative clause',
      'ILYA SUTSKEVER — the scientist who voted with the board, then said sorry.',
      [['sutskever-regret', 'said sorry']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      'a row after a paragraph',
      ['SAM ALTMAN', 'He spoke to staff at length on Tuesday.', 'Back at work soon.'],
    ],
    ['a line with a subject before the comma', 'SAM ALTMAN — the boss. He left, back next year perhaps.'],
  ]);
});

describe('the letter: a labelled demand, an order, "it" for the letter; a generic case is not it', () => {
  found([
    [
      'a line labelled "Asked for:"',
      'The staff letter arrived. Asked for: the resignation of every director and the reinstatement of Altman.',
      [
        [
          'staff-letter-demand',
          'Asked for: the resignation of every director and the reinstatement of Altman',
        ],
      ],
    ],
    [
      '"ordered the directors to clear off"',
      'Staff signed a letter. They ordered the directors to clear off and bring back Altman.',
      [['staff-letter-demand', 'ordered the directors to clear off and bring back Altman']],
    ],
    [
      '"it" for the letter, after a clause about the board',
      'Employees signed a letter. It says the board failed the company and tells every director to resign.',
      [['staff-letter-demand', 'tells every director to resign']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    [
      'a general truth after "When a"',
      'When a director signs a letter demanding the board resign, the board is finished.',
    ],
    [
      'a company ordering its board',
      'Employees signed a letter. Microsoft ordered the directors to clear off, a source said.',
    ],
  ]);
});

describe('research moved to the chatbot in other words', () => {
  found([
    [
      'long-range research',
      'OpenAI moved people away from long-range research this year.',
      [['research-deprioritised', 'away from long-range research']],
    ],
    [
      'projects losing people and computing power',
      'At OpenAI, exploratory teams lose people and computing power to ChatGPT.',
      [['research-deprioritised', 'lose people and computing power']],
    ],
  ]);
  unmarked('research-deprioritised', [
    ['a question', 'Will research teams at OpenAI lose people and computing power to ChatGPT?'],
  ]);
});

describe('the demand and its ultimatum after ", or" are one statement (round 14 convention); "they" after the demand are the staff', () => {
  found([
    [
      'a demand, then ", or" and the threat',
      'Employees signed a letter. It tells the directors to resign, or the signers may quit.',
      [['staff-letter-demand', 'tells the directors to resign, or the signers may quit']],
    ],
    [
      '"— or they would" after restoring the pair',
      'Staff signed a letter. They told the board to go and bring back Altman and Brockman — or they would walk out.',
      [
        [
          'staff-letter-demand',
          'told the board to go and bring back Altman and Brockman — or they would walk out',
        ],
      ],
    ],
  ]);
  unmarked('staff-letter-demand', [
    [
      'the pair’s own plan',
      'Staff signed a letter. Altman and Brockman said they would walk out of the talks.',
    ],
  ]);
});

describe('"its chief executive" before the organisation is named, and whose post a role names', () => {
  found([
    [
      'the organisation after the comma',
      [
        'A week of turmoil.',
        'Days after it fired and then rehired its chief executive, OpenAI named a new board.',
      ],
      [['altman-returns-as-ceo', 'rehired its chief executive']],
    ],
  ]);
  it('reads "its chief executive" as no interim or other company’s chief executive', () => {
    // Altman is named after it: the description alone must fit him and no one else the page names.
    const { highlights } = annotate([
      'A week of turmoil.',
      "Weeks after it rehired its chief executive, OpenAI named Emmett Shear and Adam D'Angelo in a filing.",
      'Sam Altman thanked staff.',
    ]);
    const claims = highlights.filter((h) => h.kind === 'claim').map((h) => [h.id, h.text]);
    expect(claims).toContainEqual(['altman-returns-as-ceo', 'rehired its chief executive']);
  });
});

describe('more verbs of each family, and an organisation’s name before a title', () => {
  found([
    [
      'a title led by an organisation’s name',
      'OpenAI named Twitch co-founder Emmett Shear as interim CEO.',
      [['shear-appointment', 'named Twitch co-founder Emmett Shear as interim CEO']],
    ],
    [
      '"reinstalled"',
      'Altman was reinstalled as chief executive on Wednesday.',
      [['altman-returns-as-ceo', 'was reinstalled as chief executive']],
    ],
    [
      '"re-hires" in a headline',
      'OpenAI re-hires Sam Altman as CEO days after firing him',
      [['altman-returns-as-ceo', 're-hires Sam Altman as CEO']],
    ],
    [
      '"brings … aboard"',
      'Microsoft’s Nadella brings Altman aboard',
      [['altman-joins-microsoft', 'brings Altman aboard']],
    ],
    ['"bagged"', 'Microsoft bagged Altman on Sunday.', [['altman-joins-microsoft', 'bagged Altman']]],
    ['"signs with"', 'Altman signs with Microsoft', [['altman-joins-microsoft', 'signs with Microsoft']]],
    [
      'leading on an interim basis',
      'Emmett Shear will lead OpenAI on an interim basis.',
      [['shear-appointment', 'will lead OpenAI on an interim']],
    ],
    ['"stood down"', 'Brockman stood down as president.', [['brockman-exit', 'stood down as president']]],
    [
      '"thrown off the board"',
      'Brockman was thrown off the board.',
      [['brockman-exit', 'was thrown off the board']],
    ],
    ['"rued"', 'Sutskever later rued his vote.', [['sutskever-regret', 'rued his vote']]],
    ['"recanted"', 'Sutskever publicly recanted.', [['sutskever-regret', 'recanted']]],
    [
      'the board "branded incompetent"',
      'Staff signed a letter. The letter branded the board incompetent.',
      [['staff-letter-demand', 'board incompetent']],
    ],
    [
      'research "in favour of ChatGPT"',
      'Researchers at OpenAI say their work has been sidelined in favour of ChatGPT.',
      [['research-deprioritised', 'in favour of ChatGPT']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['a denial', 'Sutskever did not recant.'],
    ['a question', 'Will Sutskever recant?'],
  ]);
  unmarked('shear-appointment', [['Altman leading', 'Sam Altman will lead OpenAI on an interim basis.']]);
  unmarked('altman-joins-microsoft', [
    ['Brockman hired', 'Microsoft hired OpenAI co-founder Greg Brockman.'],
  ]);
});

describe('the return: again the organisation’s chief executive, a second coming, a comma before the participle; a return in doubt is none', () => {
  found([
    [
      '"again OpenAI’s chief executive"',
      "Altman is again OpenAI's chief executive as of Wednesday.",
      [['altman-returns-as-ceo', "is again OpenAI's chief executive"]],
    ],
    [
      '"CEO once more" after "will be"',
      'Altman will be the company’s CEO once more.',
      [['altman-returns-as-ceo', 'CEO once more']],
    ],
    [
      '"second coming"',
      "Altman's second coming was sealed on Wednesday.",
      [['altman-returns-as-ceo', "Altman's second coming"]],
    ],
    [
      'restored to his post',
      'Altman has been restored to his post.',
      [['altman-returns-as-ceo', 'has been restored to his post']],
    ],
    [
      'a participle between commas after the name',
      'Altman, reinstated on Wednesday, thanked staff.',
      [['altman-returns-as-ceo', 'reinstated']],
    ],
    [
      'a new home at Microsoft',
      'Altman found a new home at Microsoft.',
      [['altman-joins-microsoft', 'Altman found']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a return judged unlikely', 'The return of Altman looked unlikely on Sunday.'],
    ['a return uncertain', "Altman's return remains uncertain."],
    ['a possibility', 'Altman could be CEO again.'],
  ]);
});

describe('quotations in single marks, and more of Shear’s and the board’s wordings', () => {
  found([
    [
      'a headline’s quotation in single marks',
      "Brockman: 'Based on today's news, I quit.'",
      [['brockman-exit', 'quit']],
    ],
    [
      'typographic single marks',
      'Sutskever: ‘I deeply regret my participation in the board’s actions.’',
      [['sutskever-regret', 'regret my participation in the board’s actions']],
    ],
    [
      '"succeeded Murati as interim chief executive"',
      'Emmett Shear succeeded Murati as interim chief executive.',
      [['shear-appointment', 'succeeded Murati as interim chief executive']],
    ],
    [
      'his tenure as interim CEO',
      "Shear's tenure as interim CEO lasted less than three days.",
      [['shear-appointment', "Shear's tenure as interim"]],
    ],
    [
      'trust lost in him',
      'Directors said they had lost trust in Altman.',
      [['firing-reason', 'lost trust in Altman']],
    ],
  ]);
  unmarked('sutskever-regret', [
    [
      'a plural possessive before a quotation',
      "The directors' letter said 'we regret nothing', Sutskever added.",
    ],
    ['an act denied by its object', "Sutskever said: 'I regret nothing.'"],
  ]);
  unmarked('shear-appointment', [
    ['someone else succeeding him', 'Altman succeeded Shear as chief executive.'],
  ]);
});

describe('two facts side by side are two marks; an agreement to return is the return', () => {
  found([
    [
      'removed as chair and quits',
      'Brockman is removed as chair and quits.',
      [
        ['brockman-exit', 'is removed as chair'],
        ['brockman-exit', 'quits'],
      ],
    ],
    [
      '"agrees to return" in a timeline',
      'Tuesday, 9.30pm: Altman agrees to return.',
      [['altman-returns-as-ceo', 'agrees to return']],
    ],
  ]);
});

describe('a participle sharing the passive before "and", adjectives before a noun for the act', () => {
  found([
    [
      '"fired on Friday and rehired days later"',
      'He was fired on Friday and rehired days later.',
      [['altman-returns-as-ceo', 'rehired']],
    ],
    [
      '"fired and hired back"',
      'Altman is fired and hired back within days',
      [['altman-returns-as-ceo', 'hired back']],
    ],
    [
      'a hyphenated adjective',
      "Brockman's late-night resignation shocked staff.",
      [['brockman-exit', "Brockman's late-night resignation"]],
    ],
    [
      '"grovelling apology"',
      "Sutskever's grovelling apology came on Monday.",
      [['sutskever-regret', "Sutskever's grovelling apology"]],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['another subject after "and"', 'Altman was fired and Microsoft hired Brockman.'],
  ]);
});

describe('an act done in haste is done; an attempt under way is not', () => {
  found([
    ['"raced to hire"', 'Microsoft raced to hire Altman.', [['altman-joins-microsoft', 'to hire Altman']]],
  ]);
  unmarked('altman-joins-microsoft', [['an attempt under way', 'Microsoft was racing to hire Altman.']]);
});

describe('the letter’s terms as a list of imperatives, an ultimatum with "they", a vow to follow him', () => {
  found([
    [
      'imperatives joined by commas',
      'The letter, in short: resign, reinstate Altman, or lose us.',
      [['staff-letter-demand', 'resign, reinstate Altman']],
    ],
    [
      'an ultimatum ending "or they would walk"',
      'Employees gave the board an ultimatum on Monday: step down or they would walk.',
      [['staff-letter-demand', 'step down or they would walk']],
    ],
    [
      'a vow to follow him',
      'Some 700 employees vowed to follow Altman to Microsoft.',
      [['staff-letter-demand', 'vowed to follow Altman']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['the threat named as a noun', 'Employees wondered who would follow through on the threat to leave.'],
    ['his own vow', 'Altman vowed to return to OpenAI.'],
  ]);
});

describe('Shear stepping in, with no title', () => {
  found([
    [
      'a headline’s "steps in at"',
      'Emmett Shear steps in at ChatGPT maker',
      [['shear-appointment', 'steps in at ChatGPT']],
    ],
  ]);
  unmarked('shear-appointment', [['at his own company', 'Emmett Shear stepped in at Twitch in 2011.']]);
});

describe('leaving a room is not leaving the company', () => {
  found([
    [
      '"exited the company"',
      'Brockman exited the company that night.',
      [['brockman-exit', 'exited the company']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a stage', 'Brockman exited the stage to applause.'],
    ['a meeting', 'Brockman walked out of the meeting.'],
  ]);
});

describe('a lone mark before a number opens no quotation', () => {
  found([
    [
      'a wording after "the \'90s" whose subject the block before names',
      "Boards of the '90s said less. This one said it had lost confidence.",
      [['firing-reason', 'lost confidence']],
    ],
  ]);
});

describe('a fact box’s rows under the letter’s heading; a threat asked about is none', () => {
  found([
    [
      'a row two rows under "THE LETTER"',
      ['THE LETTER', 'Signed by: 743 people', 'Wanted: the resignation of all directors'],
      [['staff-letter-demand', 'Wanted: the resignation of all directors']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    [
      'a line that is no row',
      ['THE LETTER', 'Signed by: 743 people', 'Some wanted the resignation of all directors'],
    ],
    ['a question', 'Staff signed a letter. How many of them would actually quit?'],
  ]);
});
