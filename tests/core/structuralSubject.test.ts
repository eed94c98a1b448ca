import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';

/** A block that makes the page about the story without claiming anything. */
const CONTEXT = 'Sam Altman and OpenAI.';
/** The statement claims of a page of blocks, as [id, words]. */
const statements = (blocks: string[]) =>
  annotate([CONTEXT, ...blocks])
    .highlights.filter((h) => h.kind === 'claim' && h.claimKind === 'statement')
    .map((h) => [h.id, h.text]);

describe('a fragment without a subject takes the person its heading is about', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'a timeline entry: the date and the name, then what they did',
      ['Nov 17 — Greg Brockman', 'Quit as president hours after the board removed him as chair.'],
      [
        ['brockman-exit', 'Quit as president'],
        ['brockman-exit', 'removed him as chair'],
      ],
    ],
    [
      'a headline about someone, then a dek of fragments',
      [
        'SACKED, SIGNED, SAVED: How Sam Altman survived the week',
        'Fired on a Friday. Poached by Microsoft on the Sunday. Back in charge at OpenAI by Wednesday.',
      ],
      [
        ['altman-joins-microsoft', 'Poached by Microsoft'],
        ['altman-returns-as-ceo', 'Back in charge at OpenAI'],
      ],
    ],
    [
      'a card: the title, its subtitle and bullets, one naming another person as its object',
      [
        'Ilya Sutskever',
        'Co-founder',
        'Voted to remove Altman on the Friday',
        'Said he deeply regretted his part in the board’s action',
      ],
      [['sutskever-regret', 'regretted his part in the board’s action']],
    ],
    [
      'a kicker and a name, then a field row',
      ['Who: Greg Brockman', 'What: Resigned as president in protest'],
      [['brockman-exit', 'Resigned as president']],
    ],
    [
      'a name said as a sentence of its own, then what they are',
      ['ANCHOR: Ilya. Chief scientist, co-founder, a board member.'],
      [['sutskever-title', 'Chief scientist']],
    ],
    [
      'a list of acts under a name label, coordinated by "and"',
      ['Sam Altman', 'Fired by video call, courted by a rival, and reinstated inside a week.'],
      [['altman-returns-as-ceo', 'reinstated']],
    ],
    [
      'a question heading about someone',
      ['Why Greg Brockman walked', 'Stripped of the chair on Friday; quit the company that night.'],
      [
        ['brockman-exit', 'walked'],
        ['brockman-exit', 'Stripped of the chair'],
        ['brockman-exit', 'quit the company'],
      ],
    ],
    [
      'a heading that fronts an adverbial of time before the name',
      [
        'After five days of chaos, Sam Altman speaks',
        'Poached by Microsoft on Sunday, restored to the top job by Wednesday.',
      ],
      [
        ['altman-joins-microsoft', 'Poached by Microsoft'],
        ['altman-returns-as-ceo', 'restored to the top job'],
      ],
    ],
    [
      'a heading that fronts an adverbial of circumstance, then a dek in two items',
      [
        'In a stunning reversal, Greg Brockman is back',
        'Stripped of the chair on Friday; quit the company that night.',
      ],
      [
        ['brockman-exit', 'Stripped of the chair'],
        ['brockman-exit', 'quit the company'],
      ],
    ],
    [
      'an item of the list with a relative clause of its own, whose subject is someone else',
      [
        'Sam Altman returns',
        'Fired by a board that said he had misled it, hired by Microsoft on Sunday, and reinstated on Wednesday.',
      ],
      [
        ['altman-returns-as-ceo', 'returns'],
        ['altman-joins-microsoft', 'hired by Microsoft'],
        ['altman-returns-as-ceo', 'reinstated'],
      ],
    ],
    [
      'an item with a non-restrictive relative clause',
      [
        'Sam Altman returns',
        'Hired by Microsoft, whose chief said he would lead a lab, and restored on Wednesday.',
      ],
      [
        ['altman-returns-as-ceo', 'returns'],
        ['altman-joins-microsoft', 'Hired by Microsoft'],
        ['altman-returns-as-ceo', 'restored'],
      ],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(statements(blocks)).toEqual(expected);
  });
});

describe('a fragment does not take a subject that is not its own', () => {
  it.each<[string, string[]]>([
    [
      'a heading that names two people',
      ['Greg Brockman and Ilya Sutskever', 'Quit as president hours later.'],
    ],
    [
      'a heading that names the person as an object',
      ['Why the board fired Greg Brockman', 'Quit as president hours later.'],
    ],
    [
      'another person named as a subject between',
      [
        'Nov 17 — Greg Brockman',
        'Mira Murati stayed on as chief technology officer.',
        'Quit as president hours later.',
      ],
    ],
    [
      'a heading of its own between',
      [
        'How Greg Brockman spent the week',
        'By our technology desk · 21 Nov 2023',
        'What happens next',
        'Quit as president hours later.',
      ],
    ],
    [
      'the article’s prose between',
      [
        'How Greg Brockman spent the week',
        'It was a week nobody in the industry will forget, a week of late-night calls, unanswered messages, rumours and counter-rumours from one coast to the other, and of investors who learned the news from their phones like everyone else.',
        'Quit as president hours later.',
      ],
    ],
    [
      'too far below the heading',
      ['Nov 17 — Greg Brockman', 'Friday', 'Evening', 'Late', 'Night', 'Quit as president hours later.'],
    ],
    [
      'a sentence that opens with someone else, after the name sentence',
      ['ANCHOR: Ilya. Altman was out. Regretted by no one, the decision stood.'],
    ],
    [
      'a sentence with a subject of its own between',
      [
        'How Greg Brockman spent the week',
        'The board met again on Sunday.',
        'Quit as president hours later.',
      ],
    ],
    ['a fragment with its own subject', ['Nov 17 — Greg Brockman', 'The staff quit in droves.']],
  ])('%s', (_, blocks) => {
    expect(statements(blocks).filter(([id]) => id === 'brockman-exit' || id === 'sutskever-regret')).toEqual(
      [],
    );
  });
});

describe('a fronted adverbial or a relative clause gives no subject that is not the heading’s', () => {
  it.each<[string, string[]]>([
    [
      'a fronted adverbial that names the person, before another subject',
      ['After the board fired Sam Altman, Greg Brockman speaks out', 'Reinstated on Wednesday.'],
    ],
    [
      'a fronted adverbial before an organisation as the subject',
      ['On a dramatic night, OpenAI fires Sam Altman', 'Hired by Microsoft two days later.'],
    ],
    [
      'a relative clause before a clause with a subject of its own',
      ['Sam Altman returns', 'Fired by a board that said he misled it, Brockman quit and rejoined.'],
    ],
  ])('%s', (_, blocks) => {
    const acts = statements(blocks).filter(
      ([id]) => id === 'altman-joins-microsoft' || id === 'altman-returns-as-ceo',
    );
    expect(acts.filter(([, words]) => words !== 'returns')).toEqual([]);
  });
});

/** A profile's opening: Brockman named more than anyone else on the page. */
const PROFILE = [
  'The builder who stayed: Greg Brockman at ten years',
  'Greg Brockman is still at OpenAI. Colleagues describe Brockman as the one who writes the code at night, and Brockman does not argue.',
  'Career at a glance',
];

describe('a career timeline’s entries are about the person the page is about', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'a year and a month, then lines in the present',
      [...PROFILE, '2015', 'Co-founds OpenAI', 'Nov 2023', 'Loses the chair, then quits in protest'],
      [
        ['brockman-exit', 'Loses the chair'],
        ['brockman-exit', 'quits in protest'],
      ],
    ],
    [
      'a full date cell, then a source line between entries',
      [...PROFILE, 'Company record', '17 Nov 2023', 'Resigns as president hours later in protest'],
      [['brockman-exit', 'Resigns as president']],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(statements(blocks).filter(([id]) => id === 'brockman-exit')).toEqual(expected);
  });

  it.each<[string, string[]]>([
    [
      'the entry before named someone else last',
      [
        ...PROFILE,
        'Nov 2023',
        'The board removes Sam Altman',
        'Nov 2023',
        'Returns as chief executive within a week',
      ],
    ],
    [
      'a page about no one in particular',
      [
        'Five days at OpenAI',
        'Sam Altman and Greg Brockman spent the week in talks.',
        'Nov 2023',
        'Returns as chief executive within a week',
      ],
    ],
    ['a line that follows prose, not a date', [...PROFILE, 'Returns as chief executive within a week']],
  ])('not %s', (_, blocks) => {
    expect(statements(blocks).filter(([id]) => id === 'altman-returns-as-ceo')).toEqual([]);
  });
});

describe('a headline without a subject is about the person its dek opens with', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'a return',
      ['Back in charge', 'Sam Altman returned to OpenAI on Wednesday, five days after the board fired him.'],
      [
        ['altman-returns-as-ceo', 'Back in charge'],
        ['altman-returns-as-ceo', 'returned to OpenAI'],
      ],
    ],
    [
      'an exit',
      ['Quits in protest', 'Greg Brockman, the company’s president, left within hours of the firing.'],
      [['brockman-exit', 'Quits in protest']],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(
      statements(blocks).filter(([id]) => id === 'altman-returns-as-ceo' || id === 'brockman-exit'),
    ).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a dek about someone else', ['Back in charge', 'Emmett Shear handed over the keys on Wednesday.']],
    [
      'a dek that opens with another subject',
      ['Back in charge', 'The board that fired Sam Altman has gone.'],
    ],
    [
      'a dek that opens with a possessive',
      ['Back in charge', 'Sam Altman’s critics on the board have gone.'],
    ],
    [
      'a headline that names its own subject',
      ['Brockman back in charge', 'Sam Altman thanked staff on Wednesday.'],
    ],
  ])('not under %s', (_, blocks) => {
    expect(statements(blocks).filter(([, words]) => /back/i.test(words ?? ''))).toEqual([]);
  });
});

describe('a row that opens with a name and its apposition as a sentence: its fragments are that person’s', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'a factbox row: the name and an age',
      ['Greg Brockman, 35. Co-founder and president. Quit on the Friday night, hours after the vote.'],
      [['brockman-exit', 'Quit']],
    ],
    [
      'an age in parentheses',
      ['Sam Altman (38). Hired by Microsoft two days after the firing.'],
      [['altman-joins-microsoft', 'Hired by Microsoft']],
    ],
    [
      'a title as the apposition, a pronoun sentence between',
      [
        'Sam Altman, chief executive. The board said it had lost confidence in him. Poached by Microsoft on the Sunday.',
      ],
      [
        ['firing-reason', 'lost confidence'],
        ['altman-joins-microsoft', 'Poached by Microsoft'],
      ],
    ],
    [
      'a card line: an organisation inside the apposition',
      ['Ilya Sutskever, OpenAI co-founder. Voiced regret on X on the Monday.'],
      [['sutskever-regret', 'Voiced regret']],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(statements(blocks)).toEqual(expected);
  });
  it.each<[string, string[]]>([
    [
      'another person opens a sentence between',
      ['Greg Brockman, 35. Mira Murati stayed at first. Quit within hours.'],
    ],
    [
      'a name that is the subject of a full sentence',
      ['Greg Brockman, the president, was at his desk. Quit within hours.'],
    ],
    ['an organisation, not a person, heads the row', ['Stripe, 2010. Quit within hours of the vote.']],
    ['a question', ['Greg Brockman, 35. Quit within hours?']],
  ])('leaves %s unmarked', (_, blocks) => {
    expect(statements(blocks).filter(([id]) => id === 'brockman-exit')).toEqual([]);
  });
});
