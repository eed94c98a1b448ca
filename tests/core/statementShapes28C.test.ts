import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Round 28 (C): the consequence threatened after "else" or "otherwise" (what happens if a demand is
 * not met), a push on someone to bring Altman back ("leaned on the board to reinstate him"), and
 * Altman choosing Microsoft as his employer. Every sentence is invented.
 */

describe('a consequence after "else" or "otherwise" is threatened, not done', () => {
  unmarked('altman-joins-microsoft', [
    ['"else" after a comma', 'Staff want the board gone and Altman back, else they decamp to Microsoft.'],
    ['"or else"', 'Reinstate Altman by Monday or else he moves to Microsoft for good.'],
    ['"otherwise" after a semicolon', 'The directors must resign; otherwise Altman joins Microsoft.'],
    ['"otherwise" after a comma', 'Bring back the founders, otherwise Altman signs with Microsoft.'],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['"else" before a return', 'Microsoft hired him, or else he would have returned to OpenAI.'],
  ]);
  found([
    [
      '"otherwise" as an adverb inside the clause',
      'In an otherwise quiet week, Microsoft hired Sam Altman.',
      [['altman-joins-microsoft', 'hired Sam Altman']],
    ],
    [
      '"someone else" is no consequence',
      'Nobody else was hired: Microsoft hired Sam Altman.',
      [['altman-joins-microsoft', 'hired Sam Altman']],
    ],
  ]);
});

describe('a push on someone to bring Altman back is not his return', () => {
  unmarked('altman-returns-as-ceo', [
    ['"leaned on"', 'Investors leaned on the board to bring Altman back.'],
    ['"pressured"', 'Thrive pressured the directors to reinstate Altman within days.'],
    ['"lobbied"', 'Several backers lobbied the remaining directors to rehire Altman.'],
    ['"nudged" in a headline', 'Microsoft nudges OpenAI board to reinstate Altman'],
  ]);
  found([
    [
      'the push, then the return told',
      'Investors leaned on the board, and by Wednesday it had reinstated Altman.',
      [['altman-returns-as-ceo', 'had reinstated Altman']],
    ],
    [
      'a board that agreed after pressure',
      'Pressured by investors, the board agreed to bring Altman back.',
      [['altman-returns-as-ceo', 'agreed to bring Altman back']],
    ],
    [
      'pressure that forced the return',
      'Investor pressure forced the board to reinstate Altman.',
      [['altman-returns-as-ceo', 'to reinstate Altman']],
    ],
  ]);
});

describe('Altman choosing Microsoft', () => {
  found([
    [
      'chose Microsoft',
      'Sam Altman said that when he chose Microsoft on Sunday it looked like the right road.',
      [['altman-joins-microsoft', 'chose Microsoft']],
    ],
    [
      'picked Microsoft over a startup',
      'Altman picked Microsoft over a startup of his own.',
      [['altman-joins-microsoft', 'picked Microsoft']],
    ],
    [
      'opted for Microsoft',
      'In the end Sam Altman opted for Microsoft.',
      [['altman-joins-microsoft', 'opted for Microsoft']],
    ],
    [
      'settled on Microsoft',
      'Altman, courted by several firms, settled on Microsoft.',
      [['altman-joins-microsoft', 'settled on Microsoft']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['a question', 'Would Altman choose Microsoft?'],
    ['a condition', 'If Altman picks Microsoft, the staff will follow.'],
    ['another subject', 'Mira Murati chose Microsoft as a cloud provider.'],
    ['a denial', 'Altman did not choose Microsoft in the end.'],
    ['Microsoft as the chooser', 'Microsoft chose Altman to lead its new lab.'],
  ]);
});

describe('a unit Microsoft said it would form, or meant to', () => {
  found([
    [
      'the company said it would create it',
      'Altman took a job at Microsoft running a research lab the company said it would create around him.',
      [['microsoft-new-unit', 'research lab the company said it would create around him']],
    ],
    [
      'a unit it intended to establish',
      'Microsoft hired Altman to head an AI research unit it intended to establish.',
      [
        ['altman-joins-microsoft', 'hired Altman'],
        ['microsoft-new-unit', 'AI research unit it intended to establish'],
      ],
    ],
    [
      'a group Microsoft says it will build',
      'Nadella offered the pair a research group Microsoft says it will build from scratch.',
      [['microsoft-new-unit', 'research group Microsoft says it will build']],
    ],
    [
      'a team the software giant announced it would form',
      'Microsoft hired Altman to lead a research team the software giant announced it would form.',
      [
        ['altman-joins-microsoft', 'hired Altman'],
        ['microsoft-new-unit', 'research team the software giant announced it would form'],
      ],
    ],
  ]);
  found([
    [
      'a unit the company announced for him, as before',
      'Microsoft hired Altman to head a research unit the company announced for him.',
      [
        ['altman-joins-microsoft', 'hired Altman'],
        ['microsoft-new-unit', 'research unit the company announced for him'],
      ],
    ],
  ]);
  unmarked('microsoft-new-unit', [
    [
      'another company’s lab',
      'Google hired a scientist to run a research lab the company said it would expand.',
    ],
    [
      'a unit it said it would never build',
      'Microsoft hired Altman to run a research lab it said it would never build.',
    ],
    ['a unit of another year', 'Microsoft has run a research unit it set up in 2019.'],
    [
      'another setter named',
      'Microsoft hired Altman; Google staffed a research lab Google said it would create for him.',
    ],
  ]);
});

describe('Shear appointed as a post told before his name, or parked in the chair', () => {
  found([
    [
      'a new temporary boss named Emmett Shear',
      'Meanwhile, the board chose a new temporary boss named Emmett Shear.',
      [['shear-appointment', 'chose a new temporary boss named Emmett Shear']],
    ],
    [
      'a stopgap CEO called Emmett Shear',
      'The directors installed a stopgap CEO called Emmett Shear.',
      [['shear-appointment', 'installed a stopgap CEO called Emmett Shear']],
    ],
    [
      'an interim chief executive named Emmett Shear',
      'By Sunday night the board had brought in an interim chief executive named Emmett Shear.',
      [['shear-appointment', 'had brought in an interim chief executive named Emmett Shear']],
    ],
    [
      'parked in the interim chair',
      'OpenAI’s board has parked Emmett Shear in the interim chief executive’s chair.',
      [['shear-appointment', 'has parked Emmett Shear in the interim chief executive']],
    ],
    [
      'parked, with an aside between',
      'The board parked Emmett Shear, who helped start Twitch, in the interim CEO role.',
      [['shear-appointment', 'parked Emmett Shear, who helped start Twitch, in the interim CEO role']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['a company called Twitch', 'Emmett Shear once ran a company called Twitch.'],
    ['a question', 'Would the board choose a new temporary boss named Emmett Shear?'],
    ['another organisation', 'Twitch chose a new boss named Emmett Shear in 2011.'],
    ['another employer', 'Microsoft hired a new boss named Emmett Shear for its gaming unit.'],
    ['something else parked', 'The board parked the decision for a week.'],
    ['a block that ends at the verb', 'Emmett Shear was hired'],
    ['a condition', 'If the board chose a temporary boss named Emmett Shear, staff would leave.'],
  ]);
});

describe('what follows the threatened consequence is told again', () => {
  found([
    [
      'a return after "or else …,"',
      'Staff told the directors to reinstate him, or else see them decamp to Microsoft, and he was back as chief executive within the week.',
      [
        ['staff-letter-demand', 'told the directors to reinstate him'],
        ['altman-returns-as-ceo', 'was back as chief executive'],
      ],
    ],
    [
      'a hire in a relative clause after the consequence',
      'Staff said the board must quit, or else they would decamp to Microsoft, which had announced that it was hiring Altman.',
      [
        ['staff-letter-demand', 'board must quit, or else they would decamp to Microsoft'],
        ['altman-joins-microsoft', 'was hiring Altman'],
      ],
    ],
  ]);
});

describe('Altman and Brockman told as Microsoft’s people, or given jobs there', () => {
  found([
    [
      'officially Microsoft people now',
      'Nadella tweeted that Sam Altman and Greg Brockman are officially Microsoft people now.',
      [['altman-joins-microsoft', 'are officially Microsoft people']],
    ],
    [
      'now Microsoft men',
      'Altman and Brockman were now Microsoft men.',
      [['altman-joins-microsoft', 'were now Microsoft men']],
    ],
    [
      'had become Microsoft people',
      'By Monday Sam Altman and Greg Brockman had become Microsoft people.',
      [['altman-joins-microsoft', 'had become Microsoft people']],
    ],
    [
      'given new jobs there, the giver named the sentence before',
      ['Microsoft stepped in.', 'It gave Altman and Brockman new jobs at Microsoft.'],
      [['altman-joins-microsoft', 'gave Altman and Brockman new jobs at Microsoft']],
    ],
    [
      'handed senior roles',
      'Microsoft handed Altman and Brockman senior roles at Microsoft.',
      [['altman-joins-microsoft', 'handed Altman and Brockman senior roles at Microsoft']],
    ],
    [
      'Nadella gave him a job',
      'Satya Nadella gave Sam Altman a job at Microsoft within a day.',
      [['altman-joins-microsoft', 'gave Sam Altman a job at Microsoft']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['people of Microsoft he met', 'Altman met Microsoft people on Sunday.'],
    ['a denial', 'Altman and Brockman were never Microsoft people.'],
    ['a question', 'Are Altman and Brockman Microsoft people now?'],
    ['Microsoft people as a subject', 'Microsoft people were stunned when Altman was fired.'],
    ['a condition', 'If Altman and Brockman become Microsoft people, the staff will follow.'],
    ['a platform, not a post', 'Microsoft gave Altman a platform at its conference.'],
    ['a hypothetical gift', 'Microsoft would give Altman a job at Microsoft if he asked.'],
    ['another giver', 'OpenAI gave Altman a job at Microsoft.'],
    ['another person', 'Microsoft gave Emmett Shear a job at Microsoft.'],
  ]);
});

describe('a deal providing for the return, and the return told as coming home', () => {
  found([
    [
      'an agreement providing for his reinstatement',
      'Late on Tuesday the company made public an agreement providing for Altman’s reinstatement as chief executive.',
      [['altman-returns-as-ceo', 'Altman’s reinstatement']],
    ],
    [
      'a deal providing for his return, set off by commas',
      'The deal, providing for Altman’s return as chief executive, was announced late on Tuesday.',
      [['altman-returns-as-ceo', 'Altman’s return']],
    ],
    [
      'coming home as chief executive',
      'OpenAI announced that, in principle at least, Mr Altman was coming home as chief executive.',
      [['altman-returns-as-ceo', 'was coming home as chief executive']],
    ],
    [
      'heading home to the company',
      'Sam Altman is heading home to OpenAI.',
      [['altman-returns-as-ceo', 'Sam Altman is heading home']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['"providing" as a condition', 'Providing the board resigns, Altman will return as chief executive.'],
    ['"provided" as a condition', 'Altman will return as CEO provided the directors step down.'],
    ['home from elsewhere', 'Altman came home from the conference on Friday.'],
    ['home to a city', 'Altman went home to San Francisco after the firing.'],
    ['a question', 'Will Altman come home as chief executive?'],
    ['a hope', 'Staff hoped Altman would come home as chief executive.'],
  ]);
});
