import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Statements as frames composed of word families (src/core/claims/statementFamilies.ts): a verb of
 * one family, a role of LEADERSHIP_ROLE, a marker of REPETITION or INTERIM. Sentences of many shapes,
 * none a page's, and the near misses each family must leave alone.
 */

describe('taking a leadership role again: verb x role x repetition', () => {
  found([
    [
      'take + top job + again after the place',
      'Altman is expected to take the top job at OpenAI again.',
      [['altman-returns-as-ceo', 'is expected to take the top job at OpenAI again']],
    ],
    [
      'take up + role + once more',
      'Sam Altman takes up the chief executive post once more.',
      [['altman-returns-as-ceo', 'takes up the chief executive post once more']],
    ],
    [
      'lead + the company + once more, the subject by its epithet',
      'The ousted co-founder will lead the company once more.',
      [['altman-returns-as-ceo', 'will lead the company once more']],
    ],
    [
      '"be" + role + repetition before the verb',
      'Altman will once again be chief executive of OpenAI.',
      [['altman-returns-as-ceo', 'will once again be chief executive of OpenAI']],
    ],
    [
      'become + role + once again',
      'Altman became OpenAI chief executive once again on Wednesday.',
      [['altman-returns-as-ceo', 'became OpenAI chief executive once again']],
    ],
    [
      'done to him: give + role + again',
      'The new directors gave Altman the top job again.',
      [['altman-returns-as-ceo', 'gave Altman the top job again']],
    ],
    [
      'done to him: name + role + a second time',
      'OpenAI named Altman its CEO for a second time.',
      [['altman-returns-as-ceo', 'named Altman its CEO for a second time']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['someone else', 'Brockman will take the helm again.'],
    ['no repetition', 'Altman took the top job at OpenAI in 2019.'],
    ['repetition in the next clause', 'Altman took the top job in 2019 and again led a fundraising round.'],
    ['something of the company done again', 'Altman led OpenAI’s fundraising again.'],
    ['another company', 'Altman was chief executive of a startup once more.'],
    ['a possibility', 'Altman may take the top job at OpenAI again.'],
    ['a question', 'Will Altman take the top job at OpenAI again?'],
    ['a condition', 'If the board relents, Altman will take the top job again.'],
    ['a wish', 'Altman hopes to lead OpenAI again.'],
    ['a denial after "be"', 'Altman was never CEO again.'],
    ['a negation', 'Altman did not take the top job again.'],
    ['"back" of time', 'Altman ran OpenAI back in 2015.'],
    ['a possessive "s"', 'Altman will lead the company’s fundraising team once more.'],
  ]);
});

describe('put back in a leadership role: verb x "back in/at" x role', () => {
  found([
    [
      'put + back in + the CEO chair',
      'The directors agreed to put Altman back in the CEO chair.',
      [['altman-returns-as-ceo', 'agreed to put Altman back in the CEO chair']],
    ],
    [
      'seat + back at + the helm',
      'A deal seated Altman back at the helm.',
      [['altman-returns-as-ceo', 'seated Altman back at the helm']],
    ],
    [
      'sit + back in + the chair',
      'The deal sat Altman back in the CEO chair.',
      [['altman-returns-as-ceo', 'sat Altman back in the CEO chair']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['an order opening the sentence', 'Put Altman back in charge, the letter said.'],
    [
      'an order told to the board',
      'The employees told the directors, in writing, to resign and to put Altman back in charge.',
    ],
    ['someone else', 'The board put Brockman back in charge of research.'],
  ]);
});

describe('a post handed to someone: verb x role x "to" receiver', () => {
  found([
    [
      'hand + top job + to',
      'The directors have handed the top job to Emmett Shear.',
      [['shear-appointment', 'have handed the top job to Emmett Shear']],
    ],
    [
      'give + role + aside + to',
      'The board gave the CEO role, as a stopgap, to Emmett Shear.',
      [['shear-appointment', 'gave the CEO role, as a stopgap, to Emmett Shear']],
    ],
    [
      'entrust + the company + to, interim after the receiver',
      'The board entrusted the company to Emmett Shear, a Twitch founder, as interim boss.',
      [['shear-appointment', 'entrusted the company to Emmett Shear, a Twitch founder, as interim boss']],
    ],
  ]);
  unmarked('shear-appointment', [
    ['a thing that is no post', 'The board handed a letter to Emmett Shear.'],
    ['a possibility', 'The board may hand the top job to Emmett Shear.'],
    ['a question', 'Did the board hand the top job to Emmett Shear?'],
    ['a refusal', 'The board refused to hand the top job to Emmett Shear.'],
    ['his deputy', 'Shear gave the top job to his deputy.'],
  ]);
});

describe('a threat told as a noun, and a clause of time after a threat', () => {
  found([
    [
      'a headline "threaten mass exit", then a clause of its own',
      [
        'A letter signed by staff was sent to the board.',
        'Staff threaten mass exit as Microsoft hires Sam Altman',
      ],
      [
        ['staff-letter-demand', 'threaten mass exit'],
        ['altman-joins-microsoft', 'hires Sam Altman'],
      ],
    ],
    [
      'the threat owned by the staff',
      ['A letter signed by staff was sent to the board.', 'Their threat to walk out was taken seriously.'],
      [['staff-letter-demand', 'threat to walk out']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    [
      'a threat already told',
      ['A letter signed by staff was sent to the board.', 'Few followed through on the threat to leave.'],
    ],
    [
      'a threat in general',
      ['A letter signed by staff was sent to the board.', 'That is a credible threat to walk.'],
    ],
    ['an exit of someone else', 'Brockman’s exit came hours later.'],
  ]);
});

describe('on a company’s payroll: "be" x employee noun x the company, either order', () => {
  found([
    [
      'employee of + the company',
      'By Monday Altman was an employee of Microsoft.',
      [['altman-joins-microsoft', 'was an employee of Microsoft']],
    ],
    [
      'the company + recruit',
      'Altman is now a Microsoft recruit.',
      [['altman-joins-microsoft', 'is now a Microsoft recruit']],
    ],
    [
      'staffer at + the company',
      'Altman was a staffer at Microsoft for a weekend.',
      [['altman-joins-microsoft', 'was a staffer at Microsoft']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['the listeners, plural', 'Altman told Microsoft employees he was grateful.'],
    ['someone he met', 'Altman met a Microsoft employee.'],
    ['someone he told', 'Altman told an employee of Microsoft about it.'],
    ['a denial', 'Altman is not an employee of Microsoft.'],
    ['a question', 'Would Altman become an employee of Microsoft?'],
    ['someone else', 'Brockman is now an employee of Microsoft.'],
  ]);
});

describe('a post taken from someone: verb x post x "from" its holder', () => {
  found([
    [
      'take + the chair + away from',
      'The directors took the chair away from Greg Brockman.',
      [['brockman-exit', 'took the chair away from Greg Brockman']],
    ],
    [
      'strip + the board chair + from',
      'The board stripped the board chair from Greg Brockman on Friday.',
      [['brockman-exit', 'stripped the board chair from Greg Brockman']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a thing that is no post', 'The board took a document away from Brockman.'],
    ['a possibility', 'The board may take the chair away from Brockman.'],
    ['taken from someone else', 'Brockman took the chair away from Altman.'],
  ]);
});

describe('a post taken, its holder told as its owner: verb x "his"/"X\'s" post', () => {
  found([
    [
      'take away + his + post, the holder named before',
      ['Greg Brockman had chaired the board since 2015.', 'On Friday the board took away his chairmanship.'],
      [['brockman-exit', 'took away his chairmanship']],
    ],
    [
      "take + X's post + away",
      'The directors took Brockman’s chair away on Friday.',
      [['brockman-exit', 'took Brockman’s chair away']],
    ],
    [
      "revoke + X's + modifier + post",
      'The board revoked Greg Brockman’s board chairmanship.',
      [['brockman-exit', 'revoked Greg Brockman’s board chairmanship']],
    ],
    [
      'causative "had" + his post + participle',
      'Company president Greg Brockman had his board chairmanship yanked.',
      [['brockman-exit', 'had his board chairmanship yanked']],
    ],
    [
      'causative "got" + the post + participle and particle',
      'Greg Brockman got the chair taken away by the board.',
      [['brockman-exit', 'got the chair taken away']],
    ],
    [
      'causative in the perfect',
      'Brockman has had his chairmanship revoked.',
      [['brockman-exit', 'has had his chairmanship revoked']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['a thing that is no post', ['Greg Brockman was upset.', 'The board took away his laptop.']],
    ['another holder', 'The board took away Altman’s chairmanship.'],
    ['an owner told by no one', 'The board took away the chairmanship.'],
    ['a possibility', ['Greg Brockman stayed.', 'The board could take away his chairmanship.']],
    ['a question', ['Greg Brockman stayed.', 'Did the board take away his chairmanship?']],
    ['a negation', ['Greg Brockman stayed.', 'The board did not take away his chairmanship.']],
    ['a wish', ['Greg Brockman stayed.', 'The board wanted to take away his chairmanship.']],
    ['a condition', ['Greg Brockman stayed.', 'If the board takes away his chairmanship, he will leave.']],
    ['"from" names another holder', 'Brockman said the board took his chair away from Altman.'],
    ['causative: no post', 'Brockman had his laptop taken away.'],
    ['causative: another holder', 'Altman had his chairmanship yanked.'],
    ['causative: another owner', 'Brockman had Altman’s chairmanship taken away.'],
    ['causative: a possibility', 'Brockman could have his chairmanship taken away.'],
    ['causative: a negation', 'Brockman did not have his chairmanship taken away.'],
    ['causative: a question', 'Did Brockman have his chairmanship taken away?'],
    ['causative: a condition', 'If Brockman has his chairmanship taken away, he will quit.'],
    ['causative: a fear', 'Brockman feared having his chairmanship taken away.'],
  ]);
});

describe('a chair or seat that is furniture, or taken at another time, is no post taken', () => {
  unmarked('brockman-exit', [
    ['causative: the chair removed from an office', 'Brockman had the chair removed from his office.'],
    [
      'causative: an old chair, another year',
      'Brockman had his old chair taken away when he moved offices in 2022.',
    ],
    ['causative: a seat replaced', 'Greg Brockman had his seat swapped for a standing desk.'],
    ['taken away by movers', ['Greg Brockman moved offices.', 'The movers took his chair away on Monday.']],
    [
      'a seat taken on a plane',
      ['Greg Brockman flew to Seattle.', 'A stranger took his seat on the flight.'],
    ],
  ]);
  found([
    [
      'causative: the chair, the board named',
      'Greg Brockman got the chair taken away by the board.',
      [['brockman-exit', 'got the chair taken away']],
    ],
    [
      'the chair taken from him, no board named',
      'That evening they took the chair away from Greg Brockman, though he stayed on as president.',
      [['brockman-exit', 'took the chair away from Greg Brockman']],
    ],
    [
      'the chair taken, the directors named',
      'The directors took the chair away from Greg Brockman.',
      [['brockman-exit', 'took the chair away from Greg Brockman']],
    ],
  ]);
});

describe('a holder taking his own post or seat is not having it taken', () => {
  unmarked('brockman-exit', [
    ['took his seat', 'Brockman took his seat on the board.'],
    ['took his board seat, full name', 'Greg Brockman took his board seat in 2017.'],
    ['pulled his chair up', 'Greg Brockman pulled his chair up to the table and began to speak.'],
    ['pronoun subject and owner', ['Greg Brockman arrived late.', 'He took his seat at the board table.']],
    ["the owner named by 's", 'Greg Brockman took Brockman’s usual chair at the head of the table.'],
    ['took back his chair after a break', 'Brockman grabbed his chair and sat down again.'],
  ]);
  found([
    [
      'someone else takes his seat',
      ['Greg Brockman had chaired the board since 2015.', 'On Friday the directors took away his chair.'],
      [['brockman-exit', 'took away his chair']],
    ],
    [
      'someone else takes his chair, by name',
      'The directors took Brockman’s chair away on Friday.',
      [['brockman-exit', 'took Brockman’s chair away']],
    ],
  ]);
});

describe('candour judged to fall short: candour noun x shortfall, the subject as its owner', () => {
  found([
    [
      '"X\'s candour" + "had been patchy"',
      'The directors said Sam Altman’s candour with them had been patchy.',
      [['firing-reason', 'Sam Altman’s candour with them had been patchy']],
    ],
    [
      '"his candour" + "fell short of consistent", over a long aside',
      'It concluded that Altman’s frankness in dealing with its members fell short of consistent.',
      [['firing-reason', 'Altman’s frankness in dealing with its members fell short']],
    ],
    [
      'judged + "to have been inconsistent"',
      [
        'Sam Altman was dismissed on Friday.',
        'The board judged his candor toward it to have been inconsistent.',
      ],
      [['firing-reason', 'his candor toward it to have been inconsistent']],
    ],
    [
      'a shortfall told as "not been consistent"',
      'The board parted with Altman because his candour towards them had not been consistent.',
      [['firing-reason', 'his candour towards them had not been consistent']],
    ],
    [
      'an object complement: found ... wanting',
      'The board found Altman’s honesty with directors wanting.',
      [['firing-reason', 'Altman’s honesty with directors wanting']],
    ],
  ]);
  unmarked('firing-reason', [
    ['a question', 'Was Altman’s frankness inconsistent?'],
    ['a condition', 'If Altman’s frankness was patchy, the board should say how.'],
    ['praise', 'Altman’s frankness was praised by the staff.'],
    ['someone else’s candour', 'Emmett Shear’s frankness with the board was patchy.'],
    [
      'a shortfall of something else',
      'Altman’s honesty about AI risks impressed the senators, though his schedule was erratic.',
    ],
    ['a denial', 'Altman’s frankness was never inconsistent, his allies say.'],
    ['consistent', 'Altman’s frankness is consistent.'],
    ['a negation inside a fixed wording', 'The board said Altman’s candour was not inconsistent.'],
    [
      'honesty about something else',
      'Altman’s honesty about the risks of AI has been selective, critics say.',
    ],
    [
      'frankness about something else',
      'Altman’s frankness about the risks of AI has been uneven, critics say.',
    ],
    ['openness with the press', 'Altman’s openness with reporters has been patchy this year.'],
    [
      'truthfulness in his testimony',
      'Critics called Altman’s truthfulness in his Senate testimony questionable.',
    ],
  ]);
  found([
    [
      'honesty towards the board',
      'The directors said Altman’s honesty towards the board had been inconsistent.',
      [['firing-reason', 'Altman’s honesty towards the board had been inconsistent']],
    ],
    [
      'openness in his dealings with directors',
      'Altman’s openness in his dealings with directors fell short, the board said.',
      [['firing-reason', 'Altman’s openness in his dealings with directors fell short']],
    ],
  ]);
});

describe('a post pointed back to: verb x "that post" x the post named before', () => {
  found([
    [
      'passive + "that post", the post in a title before the name',
      'Board chair Greg Brockman was dropped from that post the same afternoon.',
      [['brockman-exit', 'was dropped from that post']],
    ],
    [
      'passive + "that post", the post in an apposition',
      'Brockman, the board’s chairman, was stripped of that post on Friday.',
      [['brockman-exit', 'was stripped of that post']],
    ],
    [
      'lose + "that title", the post in the sentence before',
      'Greg Brockman was the board’s chairman. He lost that title on Friday.',
      [['brockman-exit', 'lost that title']],
    ],
  ]);
  unmarked('brockman-exit', [
    ['no post named before', 'Greg Brockman led the research team. He lost that role on Friday.'],
    ['a negation', 'Board chair Greg Brockman was not dropped from that post.'],
    ['a possibility', 'Board chair Greg Brockman could be dropped from that post.'],
    ['a question', 'Greg Brockman was board chair. Was he stripped of that post?'],
    ['someone else loses it', 'Greg Brockman held the chair for years. Altman lost that title on Friday.'],
  ]);
});
