/**
 * Figures in fact boxes, tables and page furniture: what a label says a value
 * counts, and numbers that count nothing (a channel, a year, quiz options).
 * Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { annotate } from './helpers/annotate.ts';

const wordings = (text: string) => findFigures(text).map((f) => f.wording);

describe('numbers that count nothing', () => {
  it.each([
    ['a channel in a copyright line', '© 2024 Channel 9 Evening News. All rights reserved.'],
    ['a station or a route', 'Watch the interview on KTVU 2 tonight, or take Route 66 home.'],
    ['a founding year before 1900', 'Family-run wealth management since 1865.'],
    ['a year after "founded in"', 'The bank was founded in 1798 in Basel.'],
    ['a byline’s reading time', 'By Jane Doe · 4 min read'],
    ['a clip’s length', 'Watch · 6 mins'],
    // A fall is not read as a rise of the same size: until falls are parsed, they are not figures.
    ['a fall with a minus sign', 'MSFT \u22121.2%'],
    ['a fall with a down arrow', 'MSFT \u25bc1.2% · \u21930.4%'],
  ])('%s', (_, text) => {
    expect(wordings(text)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['a day after a month is a date, not a name’s number', 'By Nov 20 the letter was out', []],
    ['a count after a capitalised word that names what it counts', 'Reuters 12 staffers walked', ['12']],
    ['a signed move in a cell, sign and qualifier kept', 'about +1%', ['about +1%']],
    ['a signed move alone', '+2.05%', ['+2.05%']],
  ])('%s', (_, text, expected) => {
    expect(wordings(text)).toEqual(expected);
  });

  it('reads a number word as a label’s whole value', () => {
    expect(wordings('Board members who backed the move: five')).toEqual(['five']);
    expect(wordings('The vote went ahead with five')).toEqual([]);
  });
});

/** Figure claims on a page about the story, as [id, words]. */
const onPage = (blocks: string[], published = '2023-11-21') =>
  annotate(['Sam Altman was fired by OpenAI’s board.', ...blocks], undefined, { published })
    .highlights.filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
    .map((h) => [h.id, h.text]);

describe('a fact box’s label says what its value counts', () => {
  /** A fact box under a heading that names the letter and the board: a label that counts something else must not take their topics. */
  const box = (line: string) => onPage(['OpenAI’s staff letter and board, by the numbers', line]);

  it.each<[string, string, Array<[string, string]>]>([
    [
      'staff employed by the company: its total',
      'Staff employed by OpenAI: some 770',
      [['openai-headcount', 'some 770']],
    ],
    ['the workforce overall', 'OpenAI workers overall: 770', [['openai-headcount', '770']]],
    ['a total headcount', 'Total OpenAI headcount: about 770', [['openai-headcount', 'about 770']]],
    ['value first, label after', '770: people employed at OpenAI', [['openai-headcount', '770']]],
    ['signers of the letter', 'Signers of the staff letter: 505', [['staff-letter-signatories', '505']]],
    ['the directors who acted, in words', 'Board members who ousted Altman: four', [['board-size', 'four']]],
    ['the directors, in digits', 'OpenAI directors behind the firing: 4', [['board-size', '4']]],
    [
      'a company’s share of another company is its stake',
      'Microsoft’s share of OpenAI’s capped-profit arm: 49%',
      [['microsoft-investment', '49%']],
    ],
  ])('%s', (_, line, expected) => {
    expect(box(line)).toEqual(expected);
  });

  it.each([
    ['days', 'Days since the board acted: 3'],
    ['countries, value first', '28: nations that signed the summit’s pledge'],
    ['countries', 'Countries whose ministers signed the declaration: 28'],
    ['chief executives', 'Chief executives the board has named since Friday: three'],
    ['hours of talks', 'Hours the directors spent in talks: 48'],
    ['another company’s share', 'Apple’s share of the smartphone market: 20%'],
    ['a new board is not the one that fired him', 'New directors named so far: three'],
  ])('declines a label that counts what no topic counts: %s', (_, line) => {
    expect(box(line)).toEqual([]);
  });
});

describe('figures alone under a heading or a question', () => {
  it('leaves a byline’s reading time under a heading that names the board unmarked', () => {
    expect(onPage(['OpenAI’s board removes Altman', 'By Jane Doe · 4 min read'])).toEqual([]);
  });

  it('reads a note in brackets after a figure alone as part of its cell', () => {
    expect(onPage(['Microsoft and OpenAI at a glance', 'Stake held by Microsoft', '49% (est.)'])).toEqual([
      ['microsoft-investment', '49%'],
    ]);
    expect(onPage(['OpenAI’s backers', 'Microsoft’s investment', '$13 billion (reported)'])).toEqual([
      ['microsoft-investment', '$13 billion'],
    ]);
  });

  it('takes the topic of a question above its answer', () => {
    expect(onPage(['How many OpenAI staff signed the letter?', 'More than 700.'])).toEqual([
      ['staff-letter-signatories', 'More than 700'],
    ]);
  });

  it.each<[string, string[]]>([
    [
      'quiz options under a question that counts no topic',
      [
        'The board acted alone.',
        'Quiz',
        'How many chief executives did OpenAI have that week?',
        '3',
        '4',
        '5',
      ],
    ],
    [
      'a count under a question about something else',
      ['OpenAI’s directors met.', 'How many countries sent ministers to the summit?', '9'],
    ],
  ])('leaves %s unmarked, whatever the blocks above say', (_, blocks) => {
    expect(onPage(blocks)).toEqual([]);
  });
});

describe('whose share: the company a figure is given for', () => {
  it.each<[string, string, Array<[string, string]>]>([
    [
      '"for" after the second share',
      'A survey by Menlo Ventures puts Anthropic at 40% of enterprise spending, compared with 27% for OpenAI.',
      [
        ['enterprise-share-anthropic', '40%'],
        ['enterprise-share-openai', '27%'],
      ],
    ],
    [
      'both shares given for their companies',
      'In enterprise use, Menlo Ventures counts 40 per cent for Anthropic and 27 per cent for OpenAI.',
      [
        ['enterprise-share-anthropic', '40 per cent'],
        ['enterprise-share-openai', '27 per cent'],
      ],
    ],
    [
      'the order reversed',
      'Menlo Ventures gives OpenAI 27% of the enterprise market against 40% for Anthropic.',
      [
        ['enterprise-share-openai', '27%'],
        ['enterprise-share-anthropic', '40%'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(onPage([text], '2025-07-31')).toEqual(expected);
  });
});

describe('a block that names nobody speaks of whom the blocks around it name', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'a description for the company named in the headline above',
      [
        'Microsoft climbs as Altman goes back to OpenAI',
        'The software giant’s shares are up about 1% before the bell.',
      ],
      [['microsoft-share-move', 'about 1%']],
    ],
    [
      'the present tense',
      ['Microsoft gains on the deal', 'Its stock trades roughly 1% higher in early dealings.'],
      [['microsoft-share-move', 'roughly 1%']],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(onPage(blocks, '2023-11-22')).toEqual(expected);
  });

  it('leaves a share move unmarked where no block around names the company', () => {
    expect(
      onPage(['Markets open higher', 'Its stock trades roughly 1% higher in early dealings.'], '2023-11-22'),
    ).toEqual([]);
  });

  it('dates each row of a table of moves by its date cell', () => {
    const table = [
      'Microsoft stock this week',
      'Day',
      'Move',
      'Mon., Nov. 20',
      '+2.1%',
      'Tue., Nov. 21',
      '−1.1%',
      'Wed., Nov. 22 (early trading)',
      'about +1%',
    ];
    expect(onPage(table, '2023-11-22')).toEqual([['microsoft-share-move', 'about +1%']]);
  });

  // A row that ends in its "As of" cell: the cell after the value is its date where it fits the topic.
  const asOfTable = [
    'OpenAI in figures',
    'Measure',
    'Reported value',
    'As of',
    'Voting directors at the firing',
    '4',
    '17 Nov 2023',
    'MSFT premarket move on the return deal',
    '+1%',
    '22 Nov 2023',
    'Since then: researchers hired by Meta',
    '7',
    'Summer 2025',
    'Since then: senior leavers',
    'at least 12',
    '2025',
    'Since then: valuation',
    '$500bn',
    '2026',
  ];

  it('dates a row by the "As of" cell after its value', () => {
    expect(onPage(asOfTable, '2026-02-10')).toEqual([
      ['board-size', '4'],
      ['microsoft-share-move', '+1%'],
      ['departures-to-meta-2025', '7'],
      ['departures-2025', 'at least 12'],
      ['openai-valuation', '$500bn'],
    ]);
  });

  it('keeps the date cell above for a row that opens with its date', () => {
    const verdicts = annotate(
      [
        'Sam Altman was fired by OpenAI’s board.',
        'OpenAI valuations, as reported',
        'Date',
        'Transaction',
        'Valuation',
        'April 2023',
        'Funding round',
        '$29bn',
        'Nov 2023',
        'Employee tender',
        '$86bn',
      ],
      undefined,
      { published: '2023-12-01' },
    )
      .highlights.filter((h) => h.kind === 'claim')
      .map((h) => [h.text, h.verdict]);
    expect(verdicts).toEqual([
      ['$29bn', 'agrees'],
      ['$86bn', 'agrees'],
    ]);
  });
});

describe('a cap on new directors is the board’s expansion, not its newcomers', () => {
  it.each([
    ['The panel led by Bret Taylor will pick as many as nine new members.', 'as many as nine'],
    ['Bret Taylor said OpenAI will appoint up to nine new directors.', 'up to nine'],
    ['The board chaired by Bret Taylor is to choose no more than nine new directors.', 'no more than nine'],
  ])('%s', (text, words) => {
    expect(onPage([text])).toEqual([['board-expansion', words]]);
  });

  it('still counts the newcomers where no cap is set', () => {
    expect(
      onPage(["Bret Taylor, Larry Summers and Adam D'Angelo form the new board, with two newcomers."]),
    ).toEqual([['new-board-newcomers', 'two']]);
  });
});

describe('"N of them" set off after a group says how many the group is', () => {
  it.each([
    ['The directors who made that call — four of them, in the end — included Ilya Sutskever.', 'four'],
    ["OpenAI's board members, four of them in all, voted to remove Altman.", 'four'],
    ['The OpenAI directors who voted Altman out (four of them) said little else.', 'four'],
  ])('%s', (text, words) => {
    expect(onPage([text])).toEqual([['board-size', words]]);
  });

  it.each([
    [
      'a part of a group counted before it',
      'Of the six OpenAI directors, four of them voted to fire Altman.',
    ],
    ['a part going somewhere', 'Of the directors who fired Altman, four of them later left the board.'],
  ])('leaves %s a part', (_, text) => {
    expect(onPage([text]).filter(([, words]) => words === 'four')).toEqual([]);
  });
});

describe('the newcomers: what the page says, not a description it corrects', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      "Some reports described all three as newcomers, but Adam D'Angelo was already a director, so only two are actually new.",
      [['new-board-newcomers', 'two']],
    ],
    [
      'Reports described the three directors as newcomers; in fact two were new, Bret Taylor and Larry Summers.',
      [['new-board-newcomers', 'two']],
    ],
    [
      "Bret Taylor, Larry Summers and Adam D'Angelo sit on the new board; two are new.",
      [['new-board-newcomers', 'two']],
    ],
    [
      'Several outlets called all three newcomers, but only two, Bret Taylor and Larry Summers, joined fresh.',
      [],
    ],
  ])('%s', (text, expected) => {
    expect(onPage([text])).toEqual(expected);
  });

  it('leaves the whole of "two of the three are new" unmarked as newcomers', () => {
    expect(
      onPage([
        'The new board',
        "OpenAI named Bret Taylor, Larry Summers and Adam D'Angelo as new members, though Adam D'Angelo sat on the board before. Just two of the three are new.",
      ]),
    ).toEqual([['new-board-newcomers', 'two']]);
  });
});
