import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Each claim's act in the families of words reporters use for it (synonyms,
 * the act as a noun, descriptions of the organisations, headline grammar),
 * and beside them the sentences that must stay unmarked. Every sentence here
 * is invented: none is taken from an evaluation page.
 */

describe('the firing reason: "candid" and the words put for it', () => {
  found([
    [
      '"frank"',
      'The board said Altman had not been consistently frank with it.',
      [['firing-reason', 'not been consistently frank']],
    ],
    [
      '"straightforward"',
      'Directors said he was not consistently straightforward with them.',
      [['firing-reason', 'not consistently straightforward with them']],
    ],
    [
      '"forthright"',
      'Altman had not been entirely forthright, the board said.',
      [['firing-reason', 'not been entirely forthright']],
    ],
    [
      '"less than"',
      'Directors said Altman had been less than candid.',
      [['firing-reason', 'less than candid']],
    ],
    [
      '"straight with"',
      'The board accused Altman of not being straight with it.',
      [['firing-reason', 'not being straight with it']],
    ],
    [
      'the lack as a noun',
      'The board cited a lack of frankness on Altman’s part.',
      [['firing-reason', 'lack of frankness']],
    ],
    [
      'one reason told twice in a sentence is one mark',
      'The board said Altman had not been consistently honest with it, and that it had lost confidence in him.',
      [['firing-reason', 'not been consistently honest with it, and that it had lost confidence']],
    ],
    [
      // One report in two halves, as with "and that it had lost confidence" (round 27: a semicolon no longer splits it).
      'one report across a semicolon is one mark',
      'The board said Altman was not always frank with it; it had lost confidence in him.',
      [['firing-reason', 'not always frank with it']],
    ],
    [
      'one report\'s two clauses joined by "and it" are one mark, however far apart',
      'Directors said Altman had not been open with them, not once in months of meetings, and they had lost confidence in him.',
      [
        [
          'firing-reason',
          'not been open with them, not once in months of meetings, and they had lost confidence',
        ],
      ],
    ],
    [
      '"and that" after a quotation joins the second clause too',
      'The statement said he was "not consistently candid" in his dealings with the board and that it had lost confidence in him.',
      [
        [
          'firing-reason',
          'not consistently candid" in his dealings with the board and that it had lost confidence',
        ],
      ],
    ],
    [
      'a list of verbs stays one mark per verb',
      'Hundreds of employees signed a letter that demanded the directors resign, criticised how the week had been handled and threatened to follow Altman to Microsoft.',
      [
        ['staff-letter-demand', 'demanded the directors resign'],
        ['staff-letter-demand', 'threatened to follow Altman'],
      ],
    ],
  ]);
  unmarked('firing-reason', [
    ['a question', 'Had Altman not been consistently frank with the board?'],
    [
      'the company’s secrecy',
      'Critics point to OpenAI’s lack of openness about its models, which Altman defends.',
    ],
    [
      'another subject not transparent',
      'OpenAI has not been transparent about its training data, Altman admitted.',
    ],
    ['a denied report', 'The board never said what Altman was not frank about.'],
  ]);
});

describe('Altman joining Microsoft: the verbs of a hire, and Microsoft described', () => {
  found([
    [
      '"signed up"',
      'Microsoft has signed up Altman and Greg Brockman.',
      [['altman-joins-microsoft', 'has signed up Altman and Greg Brockman']],
    ],
    [
      '"taken on", a pronoun object',
      'Microsoft had taken him on by Sunday.',
      [['altman-joins-microsoft', 'had taken him on']],
    ],
    ['"lands at"', 'Altman lands at Microsoft', [['altman-joins-microsoft', 'lands at Microsoft']]],
    [
      '"signs on with"',
      'Altman signs on with Microsoft.',
      [['altman-joins-microsoft', 'signs on with Microsoft']],
    ],
    [
      '"takes a job at"',
      'Altman takes a job at Microsoft.',
      [['altman-joins-microsoft', 'Altman takes a job']],
    ],
    [
      '"expected at"',
      'Altman is expected at Microsoft next week.',
      [['altman-joins-microsoft', 'is expected at Microsoft']],
    ],
    [
      'Microsoft described by nationality',
      'Microsoft made the announcement: Altman would join the American software group.',
      [['altman-joins-microsoft', 'would join the American software group']],
    ],
    [
      'Microsoft described by its base',
      'Microsoft moved fast. Altman will join the Redmond-based company.',
      [['altman-joins-microsoft', 'will join the Redmond-based company']],
    ],
  ]);
  found([
    [
      'the act as a noun, "defection"',
      'Altman’s defection to Microsoft shocked staff.',
      [['altman-joins-microsoft', 'Altman’s defection to Microsoft']],
    ],
    [
      'the act as a noun, "arrival"',
      'Altman’s arrival at Microsoft was announced on Monday.',
      [['altman-joins-microsoft', 'Altman’s arrival at Microsoft']],
    ],
    [
      'a noun for the act, then another predicate',
      'Altman’s move to Microsoft did not calm staff.',
      [['altman-joins-microsoft', 'Altman’s move to Microsoft']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a visit to the offices', 'Altman went to Microsoft’s headquarters for talks.'],
    ['a conference', 'Altman was expected at Microsoft’s Ignite conference.'],
    ['a noun for the act that never happened', 'Altman’s switch to Microsoft never happened.'],
    ['a noun for the act that fell through', 'Altman’s move to Microsoft fell through.'],
    ['an attempt', 'Microsoft tried to sign up Altman.'],
    ['a negation', 'Altman never landed at Microsoft.'],
    ['a question', 'Is Altman expected at Microsoft?'],
    ['the staff, not Altman', 'Staff said they would take jobs at Microsoft.'],
    ['another rival described', 'Microsoft moved fast. Altman will not join the American rival.'],
  ]);
});

describe('Altman returning: resuming the post, running it again', () => {
  found([
    [
      '"resume his post"',
      'Sam Altman will resume his post as chief executive.',
      [['altman-returns-as-ceo', 'will resume his post as chief executive']],
    ],
    [
      '"reclaimed the top job"',
      'Altman reclaimed the top job on Wednesday.',
      [['altman-returns-as-ceo', 'reclaimed the top job']],
    ],
    [
      '"retake the reins"',
      'Altman will retake the reins at OpenAI.',
      [['altman-returns-as-ceo', 'will retake the reins at OpenAI']],
    ],
    [
      '"running it again"',
      'By Wednesday he was running OpenAI again.',
      [['altman-returns-as-ceo', 'was running OpenAI again']],
    ],
    [
      '"leading it once more"',
      'Five days later Altman was leading OpenAI once more.',
      [['altman-returns-as-ceo', 'was leading OpenAI once more']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a demand in the subjunctive', 'They demanded that the board quit and that Altman be reinstated.'],
    ['a board seat', 'The board put him back among the directors.'],
    ['a board seat regained', 'Altman regained his seat on the board.'],
    ['a question', 'Could Altman resume his post?'],
    ['a hope', 'Investors hoped Altman would resume his role.'],
    ['a negation', 'Altman did not resume his role as CEO.'],
    ['another job', 'Altman wants to run a company again one day.'],
    ['something else led again', 'Altman led the talks with the board again on Sunday.'],
    ['another person', 'Brockman resumed his role as president.'],
  ]);
});

describe('Shear’s appointment: more verbs of appointing, and the job handed over', () => {
  found([
    [
      '"parachuted in"',
      'Emmett Shear had been parachuted in as interim chief.',
      [['shear-appointment', 'had been parachuted in as interim chief']],
    ],
    [
      '"drafted in"',
      'Emmett Shear was drafted in as interim boss.',
      [['shear-appointment', 'was drafted in as interim']],
    ],
    [
      '"settled on"',
      'The board settled on Emmett Shear as interim CEO.',
      [['shear-appointment', 'settled on Emmett Shear as interim CEO']],
    ],
    [
      'a stopgap chief',
      'Shear steps in as OpenAI’s stopgap chief.',
      [['shear-appointment', 'steps in as OpenAI’s stopgap chief']],
    ],
    [
      'the job given to him',
      'The board gave the interim CEO job to Emmett Shear.',
      [['shear-appointment', 'gave the interim CEO job to Emmett Shear']],
    ],
    [
      'the job passing to him',
      'The interim chief executive’s role went to Emmett Shear.',
      [['shear-appointment', 'interim chief executive’s role went to Emmett Shear']],
    ],
  ]);
  found([
    [
      'a headline, "to lead"',
      'Twitch co-founder Emmett Shear to lead OpenAI',
      [['shear-appointment', 'to lead OpenAI']],
    ],
    [
      'the title after "new"',
      'Emmett Shear, OpenAI’s new interim chief, said little.',
      [['shear-appointment', 'interim chief']],
    ],
    [
      'the appointment as a noun',
      'Shear’s appointment as interim CEO angered staff.',
      [['shear-appointment', 'Shear’s appointment as interim']],
    ],
    [
      'the appointment "of" him',
      'The appointment of Emmett Shear as chief executive was confirmed.',
      [['shear-appointment', 'The appointment of Emmett Shear as chief executive']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['a question about leading', 'Could Emmett Shear lead OpenAI?'],
    ['talks about the appointment', 'Talks over Shear’s appointment as interim CEO dragged on.'],
    ['a question', 'Would the board give the interim CEO job to Emmett Shear?'],
    ['the job given to someone else', 'The board gave the interim CEO job to Mira Murati, not Emmett Shear.'],
  ]);
});

describe('Brockman’s exit: losing the chairman’s seat', () => {
  found([
    [
      '"lose his seat as chairman"',
      'Brockman learned he would lose his seat as chairman of the board.',
      [['brockman-exit', 'would lose his seat as chairman']],
    ],
    [
      '"lost his place on the board"',
      'Brockman lost his place on the board.',
      [['brockman-exit', 'lost his place on the board']],
    ],
  ]);
  found([
    [
      'following Altman out',
      'Brockman followed Altman out the door.',
      [['brockman-exit', 'followed Altman out the door']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a possibility', 'Brockman could lose his seat as chairman.'],
    ['another person', 'Sutskever lost his seat on the board.'],
    ['the board’s support lost', 'Brockman lost the board’s support.'],
  ]);
});

describe('the new unit: modifiers after the head, "of his own", Nadella for Microsoft', () => {
  found([
    [
      '"a unit for advanced AI research"',
      'Microsoft said Altman will lead a newly created unit for advanced AI research.',
      [['microsoft-new-unit', 'newly created unit for advanced AI research']],
    ],
    [
      '"a lab of his own"',
      'Microsoft hired Altman, promising him a research lab of his own.',
      [
        ['altman-joins-microsoft', 'hired Altman'],
        ['microsoft-new-unit', 'research lab of his own'],
      ],
    ],
    [
      '"in-house"',
      'Microsoft said the pair would run an in-house AI research group.',
      [['microsoft-new-unit', 'in-house AI research group']],
    ],
    [
      'named by Nadella alone',
      'Nadella wants Altman to run a new AI group',
      [['microsoft-new-unit', 'new AI group']],
    ],
  ]);
  unmarked('microsoft-new-unit', [
    ['a group for something else', 'Microsoft has a research group for new products.'],
    ['an old group', 'Microsoft’s AI research group of 500 people is old.'],
  ]);
});

describe('research deprioritised: starving, moving away, the pecking order', () => {
  found([
    [
      '"starving its researchers"',
      'OpenAI is starving its researchers of compute.',
      [['research-deprioritised', 'starving its researchers']],
    ],
    [
      '"away from pure research"',
      'OpenAI has shifted resources away from pure research towards ChatGPT.',
      [['research-deprioritised', 'away from pure research towards ChatGPT']],
    ],
    [
      '"deprioritised research"',
      'OpenAI has deprioritised long-term research.',
      [['research-deprioritised', 'deprioritised long-term research']],
    ],
    [
      'one complaint in two wordings',
      'Sora’s team feels like poor relations, its projects pushed down the queue.',
      [['research-deprioritised', 'poor relations, its projects pushed down the queue']],
    ],
  ]);
  unmarked('research-deprioritised', [
    ['a question', 'Is OpenAI starving its researchers?'],
    [
      'a person’s own change of focus',
      'At OpenAI, Sutskever shifted his focus away from research and toward safety.',
    ],
    ['second place in another sense', 'Brockman played second fiddle to Altman at OpenAI.'],
  ]);
});

describe('Sutskever’s regret: wishing he had not taken part', () => {
  found([
    [
      '"wished he had never"',
      'Sutskever posted that he wished he had never taken part.',
      [['sutskever-regret', 'wished he had never']],
    ],
    ['"voiced remorse"', 'Sutskever later voiced remorse.', [['sutskever-regret', 'voiced remorse']]],
  ]);
  found([
    ['"hadn\'t"', 'Sutskever said he wished he hadn’t voted.', [['sutskever-regret', 'wished he hadn’t']]],
    [
      'in the first person',
      'Ilya Sutskever said: “I wish I had never taken part in this.”',
      [['sutskever-regret', 'wish I had never']],
    ],
  ]);
  unmarked('sutskever-regret', [
    [
      'someone else’s wish',
      ['Sutskever signed the letter.', 'Altman said he wished he had never hired some of the directors.'],
    ],
    ['a wish for others', 'Sutskever wished the board well.'],
    ['a negation', 'Sutskever does not regret his vote.'],
    ['a question', 'Did Sutskever wish he had never taken part?'],
  ]);
});

describe('the staff letter: the judgement, the threat, and who else presses the board', () => {
  found([
    [
      '"unable to supervise"',
      'Staff signed a letter saying the board was unable to supervise the company.',
      // The judgement's span takes its subject since the unable-modal family (round 23): "board was unable to supervise".
      [['staff-letter-demand', 'board was unable to supervise']],
    ],
    [
      '"incapable of governing"',
      'In their letter, employees said directors were incapable of governing OpenAI.',
      [['staff-letter-demand', 'incapable of governing']],
    ],
    [
      '"take up jobs", on a condition',
      'The letter said signatories might take up jobs at Microsoft unless the directors quit.',
      [['staff-letter-demand', 'might take up jobs at Microsoft unless the directors quit']],
    ],
    [
      '"jump ship"',
      'Employees threatened to jump ship to Microsoft.',
      [['staff-letter-demand', 'threatened to jump ship to Microsoft']],
    ],
    [
      'a letter inside OpenAI',
      'A letter circulating inside OpenAI calls on the directors to resign.',
      [['staff-letter-demand', 'calls on the directors to resign']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['investors pressing', ['Staff wrote a letter.', 'Investors pressed for Altman’s reinstatement.']],
    ['Microsoft urging', ['Staff wrote a letter.', 'Microsoft urged the board to bring Altman back.']],
    ['shareholders calling', ['Staff wrote a letter.', 'Shareholders called on the directors to resign.']],
    ['Nadella pushing', ['Staff wrote a letter.', 'Nadella also pushed for Altman’s return.']],
  ]);
});

describe('the board observer: an observer on the board', () => {
  found([
    [
      '"an observer on OpenAI’s board"',
      'Microsoft gets an observer on OpenAI’s board.',
      [['microsoft-board-observer', 'observer on OpenAI’s board']],
    ],
    [
      '"an observer on the board"',
      'Microsoft will have an observer on the board, without a vote.',
      [['microsoft-board-observer', 'observer on the board, without a vote']],
    ],
  ]);
  unmarked('microsoft-board-observer', [['a question', 'Will Microsoft get an observer on the board?']]);
});

describe('the staff letter in other words: any capacity word, the terms as imperatives, the board as "they"', () => {
  found([
    [
      'judgement as the capacity',
      'Staff wrote that the directors had neither the competence nor the judgment to govern OpenAI.',
      [['staff-letter-demand', 'judgment to govern']],
    ],
    [
      '"not competent to supervise"',
      'The staff letter said the board was not competent to supervise the company.',
      [['staff-letter-demand', 'competent to supervise']],
    ],
    [
      'imperative joined to the restoring',
      'The employees were blunt: step down, and reinstate Greg Brockman.',
      [['staff-letter-demand', 'step down, and reinstate Greg Brockman']],
    ],
    [
      'imperative, the writers, then the restoring',
      'Quit, the staffers wrote, and bring back Altman.',
      [['staff-letter-demand', 'Quit, the staffers wrote, and bring back Altman']],
    ],
    [
      'the board as a pronoun',
      'The letter told the directors they had failed and demanded that they resign.',
      [['staff-letter-demand', 'demanded that they resign']],
    ],
    [
      'a second report joined by "and": demand and threat, one mark (round 14 convention)',
      'Employees demanded that the board resign, and warned that they could decamp to Microsoft if it did not.',
      [
        [
          'staff-letter-demand',
          'demanded that the board resign, and warned that they could decamp to Microsoft',
        ],
      ],
    ],
  ]);
  unmarked('staff-letter-demand', [
    [
      'the letter identified, not told',
      'He signed the staff letter — the one calling for the board to resign.',
    ],
    [
      'a general truth with "you"',
      'When hundreds of workers sign a letter telling you they will quit, a board listens.',
    ],
    ['an imperative restoring someone else', 'Resign, the employees wrote, and bring back Mira Murati.'],
    ['the pronoun without a board', 'Employees said they would go home early.'],
  ]);
});

describe('more statement families: faith lost, a chair relieved, research moved out', () => {
  found([
    [
      'faith lost',
      'The board said it no longer had faith in Altman to lead OpenAI.',
      [['firing-reason', 'no longer had faith in Altman']],
    ],
    [
      'relieved of the chair',
      'Greg Brockman was relieved of his duties as chairman.',
      [['brockman-exit', 'was relieved of his duties as chairman']],
    ],
    [
      'out of exploratory research',
      'OpenAI shifted engineers out of exploratory research in 2025.',
      [['research-deprioritised', 'out of exploratory research']],
    ],
    [
      'a headline with descriptions for both',
      'Windows maker hires fired founder',
      [['altman-joins-microsoft', 'hires fired founder']],
    ],
  ]);
  unmarked('firing-reason', [
    [
      'faith in something else, far from Altman',
      ['Markets were calm.', 'Investors no longer had faith in crypto.'],
    ],
  ]);
  unmarked('brockman-exit', [
    ['someone else relieved', 'Ilya Sutskever was relieved of his duties as chairman.'],
  ]);
});

describe('Altman’s eagerness to be back is his return; a plan, a question or someone else is not', () => {
  found([
    [
      '"could not wait to be back"',
      'Altman said he could not wait to be back.',
      [['altman-returns-as-ceo', 'could not wait to be back']],
    ],
    [
      '"can\'t wait to return", the clitic read as a modal',
      "Altman wrote that he can't wait to return to OpenAI.",
      [['altman-returns-as-ceo', "can't wait to return to OpenAI"]],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a plan to wait', 'Altman said he would wait to return.'],
    ['a question', 'Could Altman not wait to be back?'],
    ['someone else eager', 'Ilya Sutskever said he cannot wait to be back.'],
    ['a denial with "won\'t"', "Altman won't return to OpenAI."],
  ]);
});

describe('an aside between dashes does not hide the attempt before it', () => {
  found([
    [
      'the act after an aside, stated',
      'The board — under pressure from Microsoft and others — brought Altman back.',
      [['altman-returns-as-ceo', 'brought Altman back']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      'a campaign, an aside, then its aim',
      'Investors ran a campaign — led by Thrive Capital and several others — to win Altman back.',
    ],
    ['an effort, an aside, then its aim', 'There was an effort – quiet, and fast – to reinstate Altman.'],
  ]);
});

describe('an act and his own account of it in one sentence are one instance', () => {
  found([
    [
      'resigned, then his account of quitting',
      'Greg Brockman resigned on Friday, saying the board’s move had made him quit.',
      [['brockman-exit', 'resigned']],
    ],
    [
      'two sentences stay two instances',
      ['Greg Brockman resigned on Friday.', 'He said the board’s move had made him quit.'],
      [
        ['brockman-exit', 'resigned'],
        ['brockman-exit', 'quit'],
      ],
    ],
  ]);
});

describe('an agreement the sentence says was not carried out states nothing', () => {
  found([
    [
      'an agreement carried out',
      'The directors agreed to bring Altman back, and did so on Wednesday.',
      [['altman-returns-as-ceo', 'agreed to bring Altman back']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['agreed, then balked', 'The directors agreed to reinstate Altman, then balked at the terms.'],
    ['agreed, but backed out', 'The board agreed to let Altman return but backed out within hours.'],
  ]);
});

describe('the letter’s terms after a colon, and a threat said to be a warning', () => {
  found([
    [
      'demands named before a colon',
      'The staff letter set out two conditions: that the directors resign at once.',
      [['staff-letter-demand', 'conditions: that the directors resign']],
    ],
    [
      'a threat said to be a warning',
      'Hundreds of OpenAI staff warned they might follow Altman to Microsoft.',
      [['staff-letter-demand', 'might follow Altman']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['a colon after another noun', 'The staff letter had one theme: the directors resign, some said.'],
    ['a warning with no threat', 'Analysts warned that OpenAI could lose its lead.'],
    ['a refusal to go', 'Board members told reporters they would not quit despite the staff letter.'],
  ]);
});

describe('the return: "again" before the verb as well as after its object', () => {
  found([
    [
      '"once more" before the verb',
      'A week later Altman is once more running the firm he helped start.',
      [['altman-returns-as-ceo', 'is once more running the firm']],
    ],
    [
      '"again" before the verb',
      'Altman was again leading OpenAI by the end of the month.',
      [['altman-returns-as-ceo', 'was again leading OpenAI']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['running the company with no "again"', 'Altman is running the company he helped start.'],
    ['"more" without "once"', 'Altman is more involved in running the company than before.'],
  ]);
});

describe('the return: "X back" as the object of a wish or an order is not the return', () => {
  found([
    [
      'a deed that put him back is the return',
      'The deal struck on Tuesday night put Altman back in charge of the company.',
      [['altman-returns-as-ceo', 'put Altman back in charge of the company']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['an order to "you"', 'Resign, the lot of you, and put Altman back.'],
    ['a wish', 'Most of the staff wanted Altman back.'],
    ['a plan', 'Investors pushed the board to put Altman back.'],
  ]);
});

describe('the Microsoft hire: "coming aboard" where Microsoft is named', () => {
  found([
    [
      '"coming aboard" announced by Nadella',
      'On Sunday Satya Nadella said that Altman was coming aboard.',
      [['altman-joins-microsoft', 'was coming aboard']],
    ],
    [
      '"come on board" confirmed by Microsoft',
      'Microsoft confirmed Altman would come on board to lead a new team.',
      [['altman-joins-microsoft', 'would come on board']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['aboard OpenAI', 'Altman came aboard OpenAI as a co-founder in 2015.'],
    ['no Microsoft nearby', 'Altman came aboard as a co-founder years ago.'],
  ]);
});

describe('titles: a question states no title', () => {
  found([
    [
      'the description as a statement',
      ['Ilya Sutskever voted with the board.', 'The chief scientist later spoke to staff.'],
      [['sutskever-title', 'chief scientist']],
    ],
  ]);
  unmarked('sutskever-title', [
    [
      'the description in a question',
      ['Ilya Sutskever voted with the board.', 'So it was the chief scientist all along?'],
    ],
    ['a name and title in a question', 'Is Emmett Shear really interim CEO of OpenAI?'],
  ]);
  unmarked('shear-appointment', [
    ['a name and title in a question', 'Is Emmett Shear really interim CEO of OpenAI?'],
  ]);
});
