import { describe, expect, it } from 'vitest';
import { readSiblingSet, type BlockRole } from '../../src/core/page/blockRole.ts';
import { annotate, STORY_LEAD } from './helpers/annotate.ts';

/** `[id, text]` of the claims marked in the blocks after STORY_LEAD, each block read with its role. */
function claimsWithRoles(blocks: Array<[string, BlockRole | undefined]>): Array<[string, string]> {
  const { blocks: marked } = annotate([STORY_LEAD, ...blocks.map(([text]) => text)], undefined, {}, [
    undefined,
    ...blocks.map(([, role]) => role),
  ]);
  return marked
    .slice(1)
    .flat()
    .filter((h) => h.kind === 'claim')
    .map((h) => [h.id, h.text]);
}

describe('readSiblingSet: the kind of set sibling items make', () => {
  it('reads a quiz’s or a poll’s options, one per item, whatever their markers', () => {
    const sets = [
      ['A) Six', 'B) Four', 'C) Nine', 'D) Three'],
      ['(a) Under 300', '(b) Around 500', '(c) More than 700'],
      ['A. Satya Nadella', 'B. Emmett Shear', 'C. Bret Taylor'],
      ['a) He quit', 'b) He was fired', 'c) He joined Microsoft', 'd) None of these'],
    ];
    for (const items of sets) expect([items, readSiblingSet(items)]).toEqual([items, 'options']);
  });

  it('reads a list of works named (show notes, a reading list, sources) as titles', () => {
    const sets = [
      [
        'Altman’s farewell post on X, Nov. 17',
        'The staff letter as published by Wired, Nov. 20',
        'Our earlier episode on boards (2022)',
      ],
      [
        'Microsoft’s statement on the hire, 20 November',
        'The board’s blog post announcing the change, 17 November',
      ],
      [
        'Interview with Kara Swisher',
        'Essay on nonprofit boards and their duties',
        'Podcast episode on the weekend at OpenAI',
      ],
      ['Brockman’s thread about leaving, Nov 17, 2023', 'Nadella’s keynote at Ignite (2023)'],
    ];
    for (const items of sets) expect([items, readSiblingSet(items)]).toEqual([items, 'titles']);
  });

  it('reads a list of open questions, with or without their marks', () => {
    const sets = [
      [
        'How many staff would really walk out.',
        'Whether the board talks go anywhere.',
        'What Microsoft does next.',
      ],
      ['Who picks the next board', 'Why the firing was so sudden', 'When Altman is back, if ever'],
      ['How much Microsoft has at stake', 'Which directors stay on'],
      ['Whether Sutskever keeps his seat.', 'How long the interim chief lasts.', 'A note on sources.'],
    ];
    for (const items of sets) expect([items, readSiblingSet(items)]).toEqual([items, 'questions']);
  });

  it('reads a fact box whose rows are headed by a question word and a colon as no set: each row states its answer', () => {
    const sets = [
      [
        'What happened: the board fired Sam Altman.',
        'Who else went: Greg Brockman quit.',
        'Where Altman went: Microsoft.',
      ],
      [
        'Who is in charge: Emmett Shear, for now',
        'What staff want: the board gone',
        'Why it matters: $13 billion',
      ],
      ['When: Friday, Nov. 17', 'Who: the OpenAI board', 'What: Altman removed as chief executive'],
      ['What it printed: "Brockman was fired."', 'What it now says: "Brockman quit on Friday."'],
    ];
    for (const items of sets) expect([items, readSiblingSet(items)]).toEqual([items, undefined]);
    // One label row among open questions leaves them a list of questions.
    expect(
      readSiblingSet(['Whether he returns: nobody knows yet?', 'How many would leave.', 'Why now.']),
    ).toBe('questions');
  });

  it('keeps the answer of a label row in a list of questions', () => {
    const questions: BlockRole = { set: 'questions' };
    expect(
      claimsWithRoles([['Who else went: Greg Brockman quit the company on Friday.', questions]]).map(
        ([id]) => id,
      ),
    ).toEqual(['brockman-exit']);
  });

  it('reads items numbered in order as enumerated: ranks, numbered cards, a countdown', () => {
    const sets = [
      ['1. The board fired Altman', '2. Staff threatened to quit', '3. Microsoft hired him'],
      ['1 Satya Nadella', '2 The staff', '3 Emmett Shear'],
      ['#3 Investors', '#2 Microsoft', '#1 The staff'],
      ['(1) Nadella wins', '(2) Staff win', '(3) Board loses', '(4) Shear'],
    ];
    for (const items of sets) expect([items, readSiblingSet(items)]).toEqual([items, 'enumerated']);
    const counts = [
      ['4 directors voted', '700+ staff signed', '1 director regrets it'],
      ['2 founders out', '3 chief executives in a week'],
      ['1.5 million views', '2 billion dollars'],
    ];
    for (const items of counts) expect([items, readSiblingSet(items)]).toEqual([items, undefined]);
  });

  it('reads no set in a list of facts, a grid of stat cards or one item alone', () => {
    const sets = [
      ['The board fired Altman on Friday.', 'Brockman quit within hours.', 'Microsoft hired both on Sunday.'],
      [
        '4 Directors who voted to remove him',
        '700+ Employees who signed the letter',
        '$13bn What Microsoft has put in',
      ],
      ['Altman ousted by board, Nov. 17', 'Brockman quits, Nov. 17', 'Shear named interim CEO, Nov. 19'],
      ['Friday, Nov. 17', 'Saturday, Nov. 18', 'Sunday, Nov. 19'],
      ['A) Fewer than 100'],
      ['a) the board fired him, and', 'b) staff threatened to quit'],
    ];
    for (const items of sets) expect([items, readSiblingSet(items)]).toEqual([items, undefined]);
  });
});

describe('scanBlock with a block’s role', () => {
  it('marks no figure in an option of a quiz’s set, nor in a footer, nor in a scoreboard’s cell', () => {
    const option: BlockRole = { set: 'options' };
    expect(
      claimsWithRoles([
        ['How many OpenAI employees signed the letter?', undefined],
        ['A) Fewer than 100', option],
        ['B) About 250', option],
        ['C) More than 700 staff signed', option],
      ]),
    ).toEqual([]);
    expect(
      claimsWithRoles([['OpenAI Tracker · 700 Market St, San Francisco · 4 board seats', { chrome: true }]]),
    ).toEqual([]);
    expect(
      claimsWithRoles([
        ['OpenAI board', undefined],
        ['1', { column: { header: 'Sat', numericColumns: 4 } }],
      ]),
    ).toEqual([]);
  });

  it('keeps the figures and statements of the same blocks without a role', () => {
    expect(claimsWithRoles([['More than 700 staff signed the letter.', undefined]])).toEqual([
      ['staff-letter-signatories', 'More than 700'],
    ]);
  });

  it('keeps a cell’s figure whose column names what it counts, and a cell of a table with one column of numbers', () => {
    expect(
      claimsWithRoles([
        ['OpenAI employees', undefined],
        ['770', { column: { header: 'Figure', numericColumns: 1 } }],
      ]).map(([id]) => id),
    ).toEqual(['openai-headcount']);
    expect(
      claimsWithRoles([
        ['Staff letter', undefined],
        ['700+', { column: { header: 'Signatures', numericColumns: 3 } }],
      ]).map(([id]) => id),
    ).toEqual(['staff-letter-signatories']);
  });

  it('marks no statement in a list of works nor in what a list of questions asks, and keeps the answer after it', () => {
    const titles: BlockRole = { set: 'titles' };
    expect(
      claimsWithRoles([
        ['Brockman’s post on X about quitting, Nov. 17', titles],
        ['Nadella’s post on hiring Altman and Brockman, Nov. 19', titles],
      ]),
    ).toEqual([]);
    const questions: BlockRole = { set: 'questions' };
    expect(claimsWithRoles([['Whether Microsoft hired Altman for good.', questions]])).toEqual([]);
    expect(
      claimsWithRoles([['How many would quit. Brockman quit on Friday.', questions]]).map(([id]) => id),
    ).toEqual(['brockman-exit']);
  });

  it('marks no figure in an enumerated item’s place, and keeps its claims and its other figures', () => {
    const enumerated: BlockRole = { set: 'enumerated' };
    for (const place of ['1', '2', '3', '4'])
      expect(
        claimsWithRoles([
          ['OpenAI board', undefined],
          [place, enumerated],
          ['Directors who voted', undefined],
        ]).filter(([, t]) => t === place),
      ).toEqual([]);
    const ranked = claimsWithRoles([
      ['1. The board fired Altman and Brockman quit within hours.', enumerated],
    ]);
    expect(ranked.map(([id]) => id)).toContain('brockman-exit');
    expect(claimsWithRoles([['2. More than 700 staff signed the letter.', enumerated]])).toContainEqual([
      'staff-letter-signatories',
      'More than 700',
    ]);
  });

  it('reads a stat card’s value by its own card’s label, never by the card beside it', () => {
    const after: BlockRole = { cardLabel: 'after' };
    // Counts whose own labels name nothing the story tracks, after a card about the board.
    for (const [value, label] of [
      ['1', 'Public apology from a director so far.'],
      ['2', 'Blows to the company’s president in one afternoon: demoted, then gone.'],
      ['3', 'Days the standoff has lasted so far.'],
      ['6', 'Words in the slogan staff kept posting.'],
    ] as const)
      expect([
        value,
        claimsWithRoles([
          ['4', after],
          ['Directors who voted to remove Altman.', undefined],
          [value, after],
          [label, undefined],
        ]).filter(([, text]) => text === value),
      ]).toEqual([value, []]);
    // Its own label names the topic: kept, whatever the card before it was about.
    expect(
      claimsWithRoles([
        ['$13bn', after],
        ['What Microsoft has invested.', undefined],
        ['4', after],
        ['Directors who voted to remove Altman.', undefined],
      ]),
    ).toContainEqual(['board-size', '4']);
    const before: BlockRole = { cardLabel: 'before' };
    expect(
      claimsWithRoles([
        ['Staff who signed the letter', undefined],
        ['700+', before],
        ['Directors on the board', undefined],
        ['4', before],
      ]),
    ).toContainEqual(['staff-letter-signatories', '700+']);
  });
});
