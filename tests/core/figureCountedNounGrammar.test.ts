import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

/*
 * Before a figure takes a topic, the noun it counts and whose quantity it is are read from the grammar
 * around it: a predicate that sizes a group, a label set off inside a line, an age in a dash aside, an
 * owner named by its place. None of these wordings is a fixture's sentence.
 */

describe('a group as the subject of a verb that sizes it is what the count counts (parseFigure GROUP_NUMBERS_BEFORE)', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Bret Taylor chairs it and Larry Summers joins him; since D’Angelo stays, the newcomers number two.',
      [['new-board-newcomers', 'two']],
    ],
    [
      'Taylor, Summers and D’Angelo make up the board, and the new members number just two.',
      [['new-board-newcomers', 'two']],
    ],
    [
      'Alongside Adam D’Angelo, Bret Taylor and Larry Summers came in: the fresh directors totalled two.',
      [['new-board-newcomers', 'two']],
    ],
    [
      'Taylor and Summers are the additions, so the newcomers, in the end, amount to two next to D’Angelo.',
      [['new-board-newcomers', 'two']],
    ],
  ])('%s', (text, expected) => {
    expect(figures([text])).toEqual(expected);
  });

  it.each([
    // Another organisation's group.
    'Meta’s AI lab is growing fast; its newcomers number 50 this year alone.',
    // A count of something else sized by the same verb.
    'The board’s meetings that weekend numbered two, and Bret Taylor attended neither.',
    // A hypothetical group.
    'If Taylor and Summers had been joined by others, the newcomers might have numbered five.',
  ])('near miss: %s', (text) => {
    expect(figures([text]).filter(([id]) => id === 'new-board-newcomers')).toEqual([]);
  });
});

describe('a label set off inside a line says what its value counts (figureLabel inline label)', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'OpenAI’s letter drew hundreds of signatures (headcount: about 770).',
      [['openai-headcount', 'about 770']],
    ],
    [
      'A letter to the board — employees: about 770 — threatened a walkout at OpenAI.',
      [['openai-headcount', 'about 770']],
    ],
    [
      'Letter tally at noon: 505 (workforce: some 770).',
      [
        ['staff-letter-signatories', '505'],
        ['openai-headcount', 'some 770'],
      ],
    ],
    [
      'At OpenAI, nearly everyone signed — headcount: about 770 — within a day.',
      [['openai-headcount', 'about 770']],
    ],
  ])('%s', (text, expected) => {
    expect(figures([text])).toEqual(expected);
  });

  it.each([
    // A label of something no topic counts.
    'The weekend in brief (days since the firing: 3).',
    // A value that runs on into a clause is no label's value.
    'The letter — employees: about 770 of them were asked — went round on Monday.',
    // A label of furniture.
    'Read the staff letter in full (pages: 2).',
  ])('near miss: %s', (text) => {
    expect(figures([text]).filter(([id]) => id === 'openai-headcount')).toEqual([]);
  });
});

describe('an age set off by dashes after a name is that person’s age (parseFigure AGE_NAME_COMMA)', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'By Friday evening Sam Altman — then 38, and the face of the AI boom — had lost his job.',
      [['sam-altman-age', '38']],
    ],
    ['Larry Summers – 68 – joined the new board on Tuesday.', [['larry-summers-age', '68']]],
    ['Bret Taylor—then 43—took the chair of the rebuilt board.', [['bret-taylor-age', '43']]],
    ['Adam D’Angelo — just 39 — was the only director to keep his seat.', [['adam-d-angelo-age', '39']]],
  ])('%s', (text, expected) => {
    expect(figures([text])).toEqual(expected);
  });

  it.each([
    // A count after the dash, with its noun.
    'Sam Altman — 38 employees followed him out that night — was gone.',
    // A span of time after the dash.
    'Sam Altman — 38 days later — was back at his desk.',
    // A range, not an age.
    'Larry Summers – 68–70 – was one estimate of the board’s size in seats.',
  ])('near miss: %s', (text) => {
    expect(figures([text]).filter(([id]) => id.endsWith('-age'))).toEqual([]);
  });
});

describe('an organisation named by the place its epithets give it owns the money (organisationPlaces)', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Redmond’s stake is big: $13 billion invested so far, sources say.',
      [['microsoft-investment', '$13 billion']],
    ],
    ['Redmond’s bet so far: $13 billion.', [['microsoft-investment', '$13 billion']]],
    [
      'For OpenAI, Redmond’s outlay so far is some $13 billion.',
      [['microsoft-investment', 'some $13 billion']],
    ],
    ['Redmond’s stake is $13 billion, and it wants a say.', [['microsoft-investment', '$13 billion']]],
  ])('%s', (text, expected) => {
    expect(figures([text])).toEqual(expected);
  });

  it.each([
    // A place no story organisation's epithets use.
    'Cupertino’s stake is big: $13 billion, sources say.',
    // Another place, of no story organisation either.
    'Mountain View’s stake is big: $2 billion so far.',
    // A place as a place, the figure another thing's.
    'Redmond’s new campus cost $1 billion to build.',
  ])('near miss: %s', (text) => {
    expect(figures([text]).filter(([id]) => id === 'microsoft-investment')).toEqual([]);
  });
});

describe('what a holding is worth is the holder’s investment, not the company’s price (possessedMoney heldWorthNoun)', () => {
  it.each<[string, Array<[string, string]>]>([
    [
      'Microsoft is guarding a position worth more than $10 billion in OpenAI.',
      [['microsoft-investment', 'more than $10 billion']],
    ],
    [
      'That is how Microsoft protects a position worth over $10 billion, without firing a shot.',
      [['microsoft-investment', 'over $10 billion']],
    ],
    ['Microsoft holds a position in OpenAI worth about $10bn.', [['microsoft-investment', 'about $10bn']]],
    [
      'Its shareholding in the start-up is now valued at $13bn, Microsoft says.',
      [['microsoft-investment', '$13bn']],
    ],
  ])('%s', (text, expected) => {
    expect(figures([text])).toEqual(expected);
  });

  it.each<[string, Array<[string, string]>]>([
    // The company's own worth.
    ['After the tender, OpenAI is worth about $86 billion.', [['openai-valuation', 'about $86 billion']]],
    // A job's position is no holding.
    [
      'The position of chief executive at OpenAI is worth far less than its $86 billion valuation.',
      [['openai-valuation', '$86 billion']],
    ],
  ])('near miss: %s', (text, expected) => {
    expect(figures([text])).toEqual(expected);
  });

  it('near miss: another organisation’s holding is not Microsoft’s', () => {
    expect(
      figures(['Amazon holds a position in Anthropic worth $8 billion.']).filter(
        ([id]) => id === 'microsoft-investment',
      ),
    ).toEqual([]);
  });
});

describe('the subject of the sizing verb, not a noun inside its relative clause, is the group counted', () => {
  it('keeps a count of signers whose clause names the directors', () => {
    expect(
      figures([
        'By the afternoon, employees who had added their signatures to a letter addressed to directors numbered more than 700.',
      ]),
    ).toEqual([['staff-letter-signatories', 'more than 700']]);
  });

  it('leaves a part set apart by its describing word to the rules of parts', () => {
    expect(
      figures([
        'Three were outside directors (Toner, McCauley, D’Angelo); the fourth was Ilya Sutskever.',
      ]).filter(([id]) => id === 'board-size'),
    ).toEqual([]);
  });

  it('reads a place as a place where it owns nothing', () => {
    expect(
      figures(['Poll: will Altman stay at Microsoft? Yes, he is staying put in Redmond 36%']).filter(
        ([id]) => id === 'microsoft-investment',
      ),
    ).toEqual([]);
  });
});
