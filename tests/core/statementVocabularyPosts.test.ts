import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * The families of words for a post held, won back or taken, for the board's stated reason and for the
 * research and letter claims that the thirteenth and fourteenth sets showed missing. Every sentence is
 * invented; none comes from the wording bank or an evaluation page. Each family stands beside the
 * near-misses that must stay unmarked.
 */

describe('the hire: the employer as a title after "is a"', () => {
  found([
    [
      '"is a Microsoft employee"',
      'By Monday Altman is a Microsoft employee.',
      [['altman-joins-microsoft', 'is a Microsoft employee']],
    ],
    [
      '"was nominally a Microsoft staffer"',
      'For a weekend Altman was nominally a Microsoft staffer.',
      [['altman-joins-microsoft', 'was nominally a Microsoft staffer']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['someone else on the payroll', 'Kevin Scott is a Microsoft employee of long standing.'],
    ['a question', 'Is Altman a Microsoft employee now?'],
    ['a denial', 'Altman is not a Microsoft employee, his spokesman said.'],
  ]);
});

describe("Shear's appointment: the interim post taken, held, handed over", () => {
  found([
    [
      '"gets the interim job"',
      'Emmett Shear gets the interim job',
      [['shear-appointment', 'gets the interim job']],
    ],
    [
      '"will occupy the post of interim chief executive"',
      'Emmett Shear will occupy the post of interim chief executive.',
      [['shear-appointment', 'will occupy the post of interim chief executive']],
    ],
    [
      '"has taken the job of interim CEO"',
      'Shear said he has taken the job of interim CEO.',
      [['shear-appointment', 'has taken the job of interim CEO']],
    ],
    [
      '"handed Shear the stopgap role"',
      'The directors handed Emmett Shear the stopgap role.',
      [['shear-appointment', 'handed Emmett Shear the stopgap role']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['"interim" said of something else he took', 'Emmett Shear took a call from the interim board.'],
    ['the post said of another', 'Mira Murati took the interim job first.'],
    ['a wish', 'Emmett Shear would take the interim job if asked.'],
  ]);
});

describe('the return: his job back', () => {
  found([
    [
      '"got his CEO job back"',
      'In the end Altman got his CEO job back within days.',
      [['altman-returns-as-ceo', 'got his CEO job back']],
    ],
    [
      '"has his old post back"',
      'Sam Altman has his old post back.',
      [['altman-returns-as-ceo', 'has his old post back']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a wish', 'Altman wants his job back.'],
    ['a forecast', 'Altman will win his job back, his allies predict.'],
    ['a denial', 'Altman did not get his job back that weekend.'],
    ['said of another', 'Brockman got his job back too.'],
    ['"back in talks" is not back in the job', 'Altman was back in talks with the board on Sunday.'],
    ['"back at the table"', 'By Sunday Altman was back at the negotiating table.'],
  ]);
});

describe('the firing reason: every negation of candour, sincerity and straight dealing', () => {
  found([
    [
      '"not consistently sincere"',
      'The board said Altman was not consistently sincere.',
      [['firing-reason', 'not consistently sincere']],
    ],
    [
      '"not always sincere"',
      'Directors said Altman was not always sincere with them.',
      [['firing-reason', 'not always sincere']],
    ],
    [
      '"hadn\'t always been candid"',
      'The board said Altman hadn’t always been candid.',
      [['firing-reason', 'hadn’t always been candid']],
    ],
    [
      '"wasn\'t always straight"',
      "The board said Altman wasn't always straight with it.",
      [['firing-reason', "wasn't always straight with it"]],
    ],
    [
      '"lost faith in his honesty"',
      'The directors said they had lost faith in his honesty.',
      [['firing-reason', 'lost faith in his honesty']],
    ],
    [
      '"loss of confidence in the chief executive"',
      'The board cited a loss of confidence in the chief executive.',
      [['firing-reason', 'loss of confidence in the chief executive']],
    ],
  ]);
  unmarked('firing-reason', [
    ['a question', 'Was Altman not consistently sincere with the board?'],
    ['sincerity affirmed', 'The board called Altman sincere and always candid with it.'],
  ]);
});

describe('research deprioritised: priority, afterthought, compute taken away', () => {
  found([
    [
      '"ChatGPT takes priority" (headline)',
      'Scientists leave OpenAI as ChatGPT takes priority',
      [['research-deprioritised', 'ChatGPT takes priority']],
    ],
    [
      '"take priority over … research"',
      'At OpenAI, insiders say, products now take priority over basic research.',
      [['research-deprioritised', 'take priority over basic research']],
    ],
    [
      '"an afterthought next to the chatbot"',
      'OpenAI researchers say their work has become an afterthought next to the chatbot.',
      [['research-deprioritised', 'afterthought next to the chatbot']],
    ],
    [
      '"compute away from research"',
      'OpenAI is moving compute away from research, the report says.',
      [['research-deprioritised', 'compute away from research']],
    ],
    [
      '"losing out to the product"',
      'At OpenAI, open-ended work keeps losing out to the product.',
      [['research-deprioritised', 'losing out to the product']],
    ],
  ]);
  unmarked('research-deprioritised', [
    ['something else that comes first', 'Safety comes first at OpenAI, Altman said.'],
    ['priority the other way', 'At OpenAI, research takes priority over everything, Altman said in 2019.'],
    ['a question', 'Is OpenAI moving compute away from research?'],
  ]);
});

describe("the staff letter: the founder's return, the board's exit", () => {
  found([
    [
      '"demand the return of the founder"',
      'OpenAI staff demand the return of the founder',
      [['staff-letter-demand', 'demand the return of the founder']],
    ],
    [
      '"the letter demanding the board\'s exit"',
      "Hundreds signed the letter demanding the board's exit over Altman's firing.",
      [['staff-letter-demand', "demanding the board's exit"]],
    ],
  ]);
  unmarked('staff-letter-demand', [['a question', 'Did OpenAI staff demand the return of the founder?']]);
});

describe('the second batch of families: first place, poor relations, squeezes, ultimatums, keys', () => {
  found([
    [
      '"the chatbot comes first"',
      'At OpenAI these days the chatbot comes first.',
      [['research-deprioritised', 'chatbot comes first']],
    ],
    [
      '"research as a poor relation"',
      'Insiders say OpenAI now treats open-ended research as a poor relation.',
      [['research-deprioritised', 'research as a poor relation']],
    ],
    [
      '"long-term work is getting squeezed"',
      'At OpenAI the long-term work is getting squeezed, staff say.',
      [['research-deprioritised', 'long-term work is getting squeezed']],
    ],
    [
      '"resign or we quit" as a letter\'s name',
      "OpenAI's staff sent a 'resign or we quit' letter to the board.",
      [['staff-letter-demand', 'resign or we quit']],
    ],
    [
      '"handed the keys" to the company',
      'The board handed Emmett Shear the keys to OpenAI on Sunday night.',
      [['shear-appointment', 'handed Emmett Shear the keys to OpenAI']],
    ],
  ]);
  unmarked('research-deprioritised', [
    ['a squeeze on something else', 'OpenAI says its margins are getting squeezed by chip prices.'],
  ]);
  unmarked('shear-appointment', [
    ['keys handed to another', 'The board handed Mira Murati the keys on Friday.'],
  ]);
});
