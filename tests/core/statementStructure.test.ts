import { describe } from 'vitest';
import { found, unmarked } from './helpers/statementCases.ts';

/*
 * Statements in sentences whose structure, not their verbs, made them hard to read: abbreviations
 * that end no sentence, "the company" for the organisation just named. Every sentence is invented.
 */

describe('a title, an initial or an abbreviation inside the sentence keeps it whole', () => {
  found([
    [
      '"Mr." before the subject',
      'Microsoft said Mr. Altman would join the company.',
      [['altman-joins-microsoft', 'would join the company']],
    ],
    [
      '"Mr." before the object',
      'The board appointed Mr. Emmett Shear as interim CEO.',
      [['shear-appointment', 'appointed Mr. Emmett Shear as interim CEO']],
    ],
    [
      '"U.S." and "a.m." before the act',
      'At 9 a.m. Monday, U.S. software giant Microsoft said it had hired Mr. Altman.',
      [['altman-joins-microsoft', 'had hired Mr. Altman']],
    ],
    [
      '"Dr." for the subject',
      'Dr. Sutskever said he deeply regretted his participation in the board’s actions.',
      [['sutskever-regret', 'regretted his participation in the board’s actions']],
    ],
  ]);
});

describe('"the company" is the organisation named just before it in its clause', () => {
  found([
    [
      'after a reporting verb',
      'Microsoft said that Sam Altman will join the company.',
      [['altman-joins-microsoft', 'will join the company']],
    ],
    [
      'with a title and a date before',
      'On Monday, Microsoft disclosed that Mr. Altman would join the company.',
      [['altman-joins-microsoft', 'would join the company']],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    ['another organisation named', 'OpenAI said that Sam Altman will not rejoin the company.'],
    [
      'across an aside',
      'Microsoft had already made its offer — and the staff said Altman should return to the company.',
    ],
    [
      'named only in the sentence before',
      ['Microsoft is the largest investor.', 'Altman will rejoin the company.'],
    ],
  ]);
});

describe('a reported question or a guess is not the fact', () => {
  const LETTER = 'The staff letter circulated on Sunday.';
  unmarked('staff-letter-demand', [
    [
      '"asked whether"',
      [LETTER, 'Asked whether the company might yet rehire Altman, a spokesperson did not reply.'],
    ],
    ['"asked if"', [LETTER, 'Reporters asked if the board would bring back Altman; nobody answered.']],
  ]);
  found([
    [
      'asking the board to act is still the demand',
      [LETTER, 'The employees asked the board to bring back Altman.'],
      [['staff-letter-demand', 'asked the board to bring back Altman']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['"Prediction:"', 'Prediction: Altman is running OpenAI again before Thanksgiving.'],
    ['"My guess:"', 'My guess: Altman is back as CEO by Friday.'],
  ]);
  found([
    [
      'a label that is not a guess',
      'Update: Altman is back as CEO.',
      [['altman-returns-as-ceo', 'is back as CEO']],
    ],
  ]);
});

describe('the object of an act in a relative clause is the antecedent of "whom"', () => {
  found([
    [
      '"whom the board named"',
      'Emmett Shear, whom the board named interim CEO, resigned.',
      [['shear-appointment', 'named interim CEO']],
    ],
    [
      '"whom Microsoft hired"',
      'Sam Altman, whom Microsoft hired on Monday, spoke to staff.',
      [['altman-joins-microsoft', 'hired']],
    ],
  ]);
  found([
    [
      '"whom" left out after a description',
      'Emmett Shear, the Twitch co-founder the old board had installed as interim CEO, is out.',
      [['shear-appointment', 'had installed as interim CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    [
      '"whom" left out after someone else',
      'Mira Murati, the executive the board had installed as interim CEO, spoke to Emmett Shear.',
    ],
    ['"whom" for someone else', 'Mira Murati, whom the board named interim CEO, spoke to Emmett Shear.'],
  ]);
});

describe('a list of participles shares the passive and the subject that open it', () => {
  found([
    [
      'three acts, commas and "and"',
      'Altman was fired on Friday, signed by Microsoft on Sunday, and rehired as CEO by Tuesday.',
      [
        ['altman-joins-microsoft', 'signed by Microsoft'],
        ['altman-returns-as-ceo', 'rehired as CEO'],
      ],
    ],
    [
      'an adverb after the auxiliary',
      'Altman was abruptly fired, then rehired as chief executive days later.',
      [['altman-returns-as-ceo', 'rehired as chief executive']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    [
      'a new subject opens the item',
      'Altman was fired on Friday, and Murati, rehired as CTO days later, stayed.',
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a list of someone else', 'Murati was named interim CEO, replaced by Shear, and reinstated as CTO.'],
  ]);
});

describe('"the hire" with no name on it is the act the sentence before told', () => {
  found([
    [
      'after a question that names both',
      'Did Altman ever work at Microsoft? The hire was announced, but it lasted two days.',
      [['altman-joins-microsoft', 'The hire']],
    ],
    [
      '"this" for the act',
      'Satya Nadella welcomed Sam Altman to Microsoft. This hire was announced at midnight.',
      [
        ['altman-joins-microsoft', 'welcomed Sam Altman to Microsoft'],
        ['altman-joins-microsoft', 'This hire'],
      ],
    ],
  ]);
  unmarked('altman-joins-microsoft', [
    [
      'the sentence before names nobody it concerns',
      'Microsoft grew fast. The hiring was announced in March.',
    ],
    ['a noun not opening its clause', 'Altman spoke to Nadella. They discussed the hire was possible.'],
    ['the act of someone else', 'Altman spoke to staff. The hiring of engineers continued.'],
  ]);
});

describe('someone told by what they did at an organisation is the person whose role says so', () => {
  const SHEAR = 'Emmett Shear posted on X.';
  found([
    [
      '"the guy who co-founded Twitch"',
      [SHEAR, 'Sunday they brought in the guy who co-founded Twitch as interim CEO.'],
      [['shear-appointment', 'brought in the guy who co-founded Twitch as interim CEO']],
    ],
    [
      '"the man who founded Twitch", passive',
      [SHEAR, 'The man who founded Twitch was named interim CEO on Sunday.'],
      [['shear-appointment', 'was named interim CEO']],
    ],
  ]);
  unmarked('shear-appointment', [
    [
      'a founder of another company',
      [SHEAR, 'The board named the man who founded Quora interim chief executive.'],
    ],
    ['a deed the role does not hold', [SHEAR, 'They brought in the guy who sued Twitch as interim CEO.']],
  ]);
});

describe('"walk" alone is the staff’s threat when it is said to be one', () => {
  found([
    [
      '"threatened to walk"',
      'Then Microsoft hired him, staff threatened to walk, and he came back in charge.',
      [
        ['altman-joins-microsoft', 'hired him'],
        ['staff-letter-demand', 'threatened to walk'],
        ['altman-returns-as-ceo', 'came back in charge'],
      ],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['a walk that is no threat', 'Staff would walk to the cafeteria after the meeting.'],
  ]);
});

describe('a new block’s "he" is the subject the block before ended on, not its object', () => {
  found([
    [
      'after a sentence with an object named last',
      ['Ilya Sutskever voted to fire Sam Altman.', 'Days later, he said he regretted it.'],
      [['sutskever-regret', 'regretted']],
    ],
    [
      'after "with" and another founder',
      [
        'Greg Brockman co-founded OpenAI with Sam Altman.',
        "He was stripped of the chairman's role in the same announcement.",
      ],
      [['brockman-exit', 'was stripped of the chairman']],
    ],
    [
      '"him" keeps the one named last',
      ['Ilya Sutskever voted to fire Sam Altman.', 'Microsoft hired him on Sunday.'],
      [['altman-joins-microsoft', 'hired him']],
    ],
  ]);
  unmarked('sutskever-regret', [
    [
      'when the subject was the other man',
      [
        'Sam Altman was fired by a board that included Ilya Sutskever.',
        'He said he deeply regretted how it had been done.',
      ],
    ],
  ]);
});

describe('a title written before the name is part of the subject a second verb shares', () => {
  found([
    [
      '"and" after an object',
      "Chief scientist Ilya Sutskever signs the letter and publicly apologizes for his role in the board's decision.",
      [
        ['sutskever-title', 'Chief scientist'],
        ['sutskever-regret', 'apologizes'],
      ],
    ],
    [
      '"and" with an aside between commas',
      'President Greg Brockman is stripped of the board chairmanship and, hours later, announces that he is leaving the company.',
      [
        ['brockman-exit', 'is stripped of the board'],
        ['brockman-exit', 'is leaving the company'],
      ],
    ],
    ['"then"', 'Co-founder Greg Brockman stayed late at the office, then quit.', [['brockman-exit', 'quit']]],
  ]);
  unmarked('sutskever-regret', [
    [
      'when the titled name is another person’s',
      'Former director Helen Toner met Ilya Sutskever and apologized.',
    ],
  ]);
});

describe('"them" asked to go, after the sentence named the board, is the board', () => {
  found([
    [
      'after a semicolon',
      'The letter says the directors lack the competence to oversee OpenAI; asks them to resign.',
      [
        ['staff-letter-demand', 'lack the competence'],
        ['staff-letter-demand', 'asks them to resign'],
      ],
    ],
    [
      'after "and"',
      'The letter told the directors they had failed and asked them to step down.',
      [['staff-letter-demand', 'asked them to step down']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    ['when others ask', 'Investors called the directors and asked them to resign.'],
    [
      'when the act is not theirs to go',
      'The letter named the directors and asked them to explain the firing.',
    ],
    [
      'when the sentence names no board',
      ['The staff signed a letter on Monday.', 'It asked them to resign.'],
    ],
  ]);
});

describe('"it" opening a clause after a semicolon, in a block about the letter, is the letter', () => {
  found([
    [
      'after the letter’s judgement',
      [
        'Nearly all of the staff signed a letter to the board.',
        'Its charge was that the directors were not competent to steer OpenAI; it demanded that all of them resign.',
      ],
      // The charge is the letter's judgement ("not competent to steer"), a piece of its own.
      [
        ['staff-letter-demand', 'competent to steer'],
        ['staff-letter-demand', 'demanded that all of them resign'],
      ],
    ],
    [
      'after a short clause',
      [
        'OpenAI staff signed a letter on Monday.',
        'It said so plainly; it demanded that the directors resign.',
      ],
      [['staff-letter-demand', 'demanded that the directors resign']],
    ],
  ]);
  unmarked('staff-letter-demand', [
    [
      'when the clause before names its subject',
      ['Investors read the staff letter.', 'Microsoft was furious; it demanded that the directors resign.'],
    ],
  ]);
});

describe('a relative clause that says which board is meant does not tell its act', () => {
  unmarked('altman-returns-as-ceo', [
    ['"the board that brought … back"', 'He was 68 when he joined the board that brought Altman back.'],
    ['"the board that took … back"', 'Only three names sat on the board that took Altman back.'],
    ['"the board that agreed to bring him back"', 'The board that agreed to bring him back is a new one.'],
    ['with "which"', 'The new board which reinstated him met on Wednesday.'],
  ]);
  found([
    [
      'the board as the subject',
      'Within days, the board brought Altman back.',
      [['altman-returns-as-ceo', 'brought Altman back']],
    ],
    [
      'a cleft states the act',
      'It was a new board that brought Altman back.',
      [['altman-returns-as-ceo', 'brought Altman back']],
    ],
    [
      'a deal, not the board',
      'Summers joined as part of the deal that brought Altman back.',
      [['altman-returns-as-ceo', 'brought Altman back']],
    ],
  ]);
});

describe('a deal struck to do the act states it, as "agreed to" does', () => {
  found([
    [
      '"struck a deal to"',
      'It did not last: by Tuesday night Altman had struck a deal to go back to OpenAI as chief executive.',
      [['altman-returns-as-ceo', 'had struck a deal to go back to OpenAI as chief executive']],
    ],
    [
      '"reached an agreement to"',
      'By Tuesday night Altman had reached an agreement to return to OpenAI as chief executive.',
      [['altman-returns-as-ceo', 'had reached an agreement to return to OpenAI as chief executive']],
    ],
  ]);
  unmarked('altman-returns-as-ceo', [
    ['a deal he failed to strike', 'Altman failed to strike a deal to go back to OpenAI as chief executive.'],
    ['a deal not struck', 'Altman had not struck a deal to go back to OpenAI as chief executive.'],
    ['a deal sought', 'Altman was trying to reach a deal to go back to OpenAI.'],
    [
      'a deal that may have been reached',
      'The board and Altman may have reached a deal to bring him back as chief executive.',
    ],
  ]);
});

describe('a title after "as" next to its holder is his title', () => {
  found([
    [
      'in a relative clause',
      'Even Ilya Sutskever, who as chief scientist had lent the removal its technical credibility, broke ranks.',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'between commas',
      'Even Ilya Sutskever, as chief scientist, had lent the removal its credibility.',
      [['sutskever-title', 'chief scientist']],
    ],
    [
      'opening the sentence',
      'As chief scientist, Ilya Sutskever had lent the removal its credibility.',
      [['sutskever-title', 'chief scientist']],
    ],
  ]);
  unmarked('sutskever-title', [
    [
      'another holder after the comma',
      'As chief scientist, Jakub Pachocki now runs research; Ilya Sutskever left.',
    ],
    ['another holder before it', 'Jakub Pachocki, as chief scientist, replaced Ilya Sutskever.'],
    ['a verb before "as"', 'Ilya Sutskever, who replaced nobody as chief scientist, stayed.'],
    ['a condition', 'If he stays as chief scientist, Ilya Sutskever will vote.'],
  ]);
});
