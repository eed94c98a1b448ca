import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The families of words reporters use for each statement claim, in the
 * registers of news (wire, headline, tabloid, British and Australian English,
 * forum slang), each beside the near-misses that must stay unmarked: the same
 * words said of someone else, asked, denied or said of another act. Every
 * sentence is invented; none comes from the wording bank or an evaluation page.
 */

describe('the firing reason: the board lost faith in him', () => {
  found([
    [
      '"loss of confidence" as a noun',
      'The board cited a loss of confidence in Altman as its reason.',
      [['firing-reason', 'loss of confidence in Altman']],
    ],
    [
      '"lost all faith"',
      'Directors said they had lost all faith in Altman.',
      [['firing-reason', 'lost all faith in Altman']],
    ],
    [
      '"lost faith in his leadership"',
      'The directors said they had lost faith in his leadership.',
      [['firing-reason', 'lost faith in his leadership']],
    ],
    [
      '"their chief executive"',
      'The board said it had lost trust in its chief executive.',
      [['firing-reason', 'lost trust in its chief executive']],
    ],
  ]);
  unmarked('firing-reason', [
    ['faith lost in someone else', 'Investors said they had lost faith in the board, not in Altman.'],
    ['trust lost in another story', 'The coach had lost trust in his goalkeeper, the club said.'],
    ['an idiom said of anyone', 'Critics said the board itself had been economical with the truth.'],
  ]);
});

describe('the hire: the words for joining Microsoft', () => {
  found([
    [
      '"decamp"',
      'Altman has decamped to Microsoft.',
      [['altman-joins-microsoft', 'has decamped to Microsoft']],
    ],
    [
      '"pitch up" (British)',
      'Altman pitched up at Microsoft on Monday.',
      [['altman-joins-microsoft', 'pitched up at Microsoft']],
    ],
    [
      '"snaffle" (tabloid)',
      'Nadella snaffled Altman before anyone else could.',
      [['altman-joins-microsoft', 'snaffled Altman']],
    ],
    ['"snag" (headline)', 'Microsoft snags Altman', [['altman-joins-microsoft', 'snags Altman']]],
    [
      'the signing, as in sport',
      "Microsoft's signing of Altman stunned the industry.",
      [['altman-joins-microsoft', "Microsoft's signing of Altman"]],
    ],
    [
      'the defection',
      "Altman's defection to Microsoft lasted a day.",
      [['altman-joins-microsoft', "Altman's defection to Microsoft"]],
    ],
    [
      'Redmond, for the company, as a destination',
      'Altman heads to Redmond',
      [['altman-joins-microsoft', 'heads to Redmond']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a question', 'Could Altman pitch up at Microsoft?'],
    ['a condition', 'Altman could yet pitch up at Microsoft if the talks fail.'],
    ['Microsoft snags something else', 'Microsoft snagged a licence deal with the Pentagon.'],
    ['a trip to Redmond', 'Altman flew to Redmond for a meeting with Nadella.'],
    ['Redmond as a place', 'Altman lives near Redmond.'],
  ]);
});

describe('the return: back in the job', () => {
  found([
    [
      '"stage a comeback"',
      'Altman staged a comeback at OpenAI.',
      [['altman-returns-as-ceo', 'staged a comeback at OpenAI']],
    ],
    [
      '"walk back in"',
      'Altman walked back in as chief executive.',
      [['altman-returns-as-ceo', 'walked back in as chief executive']],
    ],
    [
      '"roar back"',
      'Altman roared back to OpenAI within five days.',
      [['altman-returns-as-ceo', 'roared back to OpenAI']],
    ],
    [
      'a homecoming',
      "Altman's homecoming was complete by Wednesday.",
      [['altman-returns-as-ceo', "Altman's homecoming"]],
    ],
    [
      '"win his job back"',
      'Altman won his job back after five days.',
      [['altman-returns-as-ceo', 'won his job back']],
    ],
    [
      '"claw back"',
      'Altman clawed back the top job.',
      [['altman-returns-as-ceo', 'clawed back the top job']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a forecast', 'Altman will win his job back, his allies predict.'],
    ['a hope', 'Investors hoped Altman would win back the top job.'],
    ['someone else claws back a job', 'Murati clawed back her old job as CTO.'],
    ['someone else roars back', 'Brockman roared back to OpenAI too.'],
  ]);
});

describe("Brockman's exit: the idioms of quitting", () => {
  found([
    ['"rage-quit" (forum)', 'Brockman rage-quit hours later.', [['brockman-exit', 'rage-quit']]],
    [
      '"put in his papers" (Indian English)',
      'Brockman has put in his papers.',
      [['brockman-exit', 'has put in his papers']],
    ],
    [
      '"hand in his notice"',
      'Brockman handed in his notice that night.',
      [['brockman-exit', 'handed in his notice']],
    ],
    [
      '"pull the pin" (Australian)',
      'Brockman pulled the pin the same night.',
      [['brockman-exit', 'pulled the pin']],
    ],
    ['"jump ship"', 'Brockman jumped ship too.', [['brockman-exit', 'jumped ship']]],
    [
      '"head for the exit"',
      'Brockman headed for the exit that night.',
      [['brockman-exit', 'headed for the exit']],
    ],
    ['"call it quits"', 'Brockman called it quits.', [['brockman-exit', 'called it quits']]],
    [
      'turfed off the board',
      'The board turfed Brockman off the board.',
      [['brockman-exit', 'turfed Brockman off the board']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a denial', 'Brockman did not hand in his notice.'],
    ['someone else', 'Murati handed in her notice.'],
    ['"put in" something else', 'Brockman put in a good word for Altman.'],
    ['the exit of a place', 'Brockman headed for the exit of the conference hall.'],
  ]);
});

describe("Shear's appointment: roped in, taking the reins", () => {
  found([
    [
      '"roped in" in the passive',
      'Emmett Shear has been roped in as interim CEO.',
      [['shear-appointment', 'has been roped in as interim CEO']],
    ],
    [
      '"rope in" in the active',
      'The board roped in Emmett Shear as interim chief executive.',
      [['shear-appointment', 'roped in Emmett Shear as interim chief executive']],
    ],
    [
      'the ex-Twitch chief, as an epithet',
      'The ex-Twitch chief takes the helm at OpenAI.',
      [['shear-appointment', 'takes the helm at OpenAI']],
    ],
    ['"take the reins"', 'Shear took the reins on Sunday night.', [['shear-appointment', 'took the reins']]],
    [
      '"step into the breach"',
      'Shear stepped into the breach on Sunday.',
      [['shear-appointment', 'stepped into the breach']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['roped in for something else', 'The board roped in Emmett Shear for advice.'],
    ['took over something else', 'Shear took over the Twitch stream.'],
  ]);
});

describe("Sutskever's regret: the words for owning up", () => {
  found([
    [
      '"voiced deep regret"',
      'Sutskever voiced deep regret over the vote.',
      [['sutskever-regret', 'voiced deep regret over the vote']],
    ],
    ['"backtrack"', 'Sutskever backtracked on Monday.', [['sutskever-regret', 'backtracked']]],
    ['a mea culpa', "Sutskever's mea culpa came on Monday.", [['sutskever-regret', "Sutskever's mea culpa"]]],
    [
      'a change of heart',
      "Sutskever's change of heart came on Monday.",
      [['sutskever-regret', "Sutskever's change of heart"]],
    ],
    [
      '"issued an apology"',
      'Sutskever issued an apology on Monday.',
      [['sutskever-regret', 'issued an apology']],
    ],
    [
      '"posts apology" (timeline)',
      'Nov 20: Sutskever posts apology',
      [['sutskever-regret', 'posts apology']],
    ],
  ]);
  unmarked('sutskever-regret', [
    ['a question', 'Will Sutskever backtrack?'],
    ['a denial', 'Sutskever never backtracked.'],
    ['another director', "D'Angelo backtracked on Monday."],
    ['another director apologises', "D'Angelo issued an apology on Monday."],
    ['an apology asked about', 'Will Sutskever issue an apology?'],
  ]);
});

describe("Microsoft's new unit: a shop, a skunkworks", () => {
  found([
    [
      'a research shop',
      'Microsoft will give Altman a new AI research shop.',
      [['microsoft-new-unit', 'new AI research shop']],
    ],
    [
      'his own shop',
      'Redmond giant Microsoft gives Altman his own research shop.',
      [['microsoft-new-unit', 'own research shop']],
    ],
    [
      'a freshly formed team',
      'Microsoft gave Altman a freshly formed AI research team.',
      [['microsoft-new-unit', 'freshly formed AI research team']],
    ],
  ]);
  unmarked('microsoft-new-unit', [['another shop', 'Microsoft opened a new coffee shop in Redmond.']]);
});

describe("Microsoft's observer: there, but without a vote", () => {
  found([
    [
      'a non-voting place',
      'Microsoft gets a non-voting place on the board.',
      [['microsoft-board-observer', 'non-voting place']],
    ],
    [
      '"watch but not vote"',
      'Microsoft can watch but not vote at board meetings.',
      [['microsoft-board-observer', 'watch but not vote']],
    ],
    [
      '"attend but cannot vote"',
      'Microsoft may attend but cannot vote.',
      [['microsoft-board-observer', 'attend but cannot vote']],
    ],
    [
      'a ringside seat (tabloid)',
      'Microsoft gets a ringside seat at the board.',
      [['microsoft-board-observer', 'ringside seat']],
    ],
    [
      'a seat with no voting rights',
      'Microsoft has a seat but no voting rights on the board.',
      [['microsoft-board-observer', 'no voting rights']],
    ],
  ]);
  unmarked('microsoft-board-observer', [
    ['a question', 'Will Microsoft get a non-voting place on the board?'],
    ['another board', 'The club will have a non-voting place on the board.'],
    ['other shareholders', 'Shareholders can attend but cannot vote.'],
  ]);
});

describe('research deprioritised: sidelined, second fiddle, losing out to ChatGPT', () => {
  found([
    [
      '"starves long-term research"',
      'OpenAI starves long-term research of compute.',
      [['research-deprioritised', 'starves long-term research']],
    ],
    [
      '"second fiddle"',
      'Research plays second fiddle to ChatGPT at OpenAI, staff say.',
      [['research-deprioritised', 'second fiddle to ChatGPT']],
    ],
    [
      '"sidelined in favour of ChatGPT"',
      'Staff say research has been sidelined in favour of ChatGPT.',
      [['research-deprioritised', 'research has been sidelined in favour of ChatGPT']],
    ],
    [
      '"pushed to the margins"',
      'OpenAI has pushed research to the margins.',
      [['research-deprioritised', 'pushed research to the margins']],
    ],
    [
      'projects pushed to the margins',
      'Staff at OpenAI describe long-term projects being pushed to the margins.',
      [['research-deprioritised', 'projects being pushed to the margins']],
    ],
    [
      '"back of the queue"',
      'At OpenAI, long-term research has gone to the back of the queue.',
      [['research-deprioritised', 'back of the queue']],
    ],
    [
      '"deprioritising"',
      'OpenAI is deprioritising research, staff say.',
      [['research-deprioritised', 'deprioritising research']],
    ],
    [
      '"losing out to ChatGPT"',
      'Exploratory work is losing out to ChatGPT at OpenAI.',
      [['research-deprioritised', 'losing out to ChatGPT']],
    ],
    [
      '"hogging compute" (spoken)',
      'ChatGPT is hogging compute at OpenAI.',
      [['research-deprioritised', 'hogging compute']],
    ],
    [
      'off long-horizon work',
      'OpenAI has been moving chips off long-horizon work and onto ChatGPT.',
      [['research-deprioritised', 'off long-horizon']],
    ],
    [
      '"come second to the chatbot"',
      'Research projects now come second to the chatbot at OpenAI.',
      [['research-deprioritised', 'second to the chatbot']],
    ],
    [
      '"second-tier"',
      'Teams working on Sora felt second-tier at OpenAI.',
      [['research-deprioritised', 'second-tier']],
    ],
    [
      'away from experimental work',
      'OpenAI is shifting chips away from experimental work.',
      [['research-deprioritised', 'away from experimental work']],
    ],
  ]);
  unmarked('research-deprioritised', [
    ['a question', 'Is research losing out to ChatGPT at OpenAI?'],
    ['another back seat', 'Sales took a back seat to research at the startup.'],
  ]);
});

describe("the staff letter: the board's competence and the threat", () => {
  found([
    [
      '"no business overseeing"',
      'Staff told the board it had no business overseeing OpenAI.',
      [['staff-letter-demand', 'no business overseeing OpenAI']],
    ],
    [
      '"cannot run the company"',
      'The letter says the board cannot run the company.',
      [['staff-letter-demand', 'board cannot run the company']],
    ],
    [
      '"bail" as the threat (slang)',
      'The signers said they would bail for Microsoft unless the board resigned.',
      [['staff-letter-demand', 'would bail for Microsoft unless the board resigned']],
    ],
    [
      '"head to Microsoft" as the threat',
      'Staff said they would head to Microsoft unless the board resigned.',
      [['staff-letter-demand', 'would head to Microsoft unless the board resigned']],
    ],
    [
      '"vacate" and "reinstall"',
      'Staff told the board to vacate their seats and reinstall Altman.',
      [['staff-letter-demand', 'told the board to vacate their seats and reinstall Altman']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['a critic on another company', 'Critics said the board had no business overseeing a company that size.'],
    ['a condition', 'If the board cannot run the company, investors will act.'],
    ['"head" as a noun', 'The head of research said the board should resign.'],
  ]);
});

describe('the solidarity line: its tenses and its posts', () => {
  found([
    [
      'in the past tense',
      'Staff posted that OpenAI was nothing without its people.',
      [['staff-solidarity-post', 'OpenAI was nothing without its people']],
    ],
    [
      'the line naming its posts',
      "The 'nothing without its people' posts kept coming.",
      [['staff-solidarity-post', "nothing without its people' posts"]],
    ],
    [
      'with "employees"',
      'Dozens tweeted that OpenAI is nothing without its employees.',
      [['staff-solidarity-post', 'OpenAI is nothing without its employees']],
    ],
    [
      '"amounted to nothing without"',
      'One by one, staff posted that OpenAI amounted to nothing without its people.',
      [['staff-solidarity-post', 'amounted to nothing without its people']],
    ],
  ]);
  unmarked('staff-solidarity-post', [
    ['the line as merchandise', "Expect 'nothing without its people' to be printed on mugs."],
    ['another organisation', 'The union said the school was nothing without its people.'],
  ]);
});
