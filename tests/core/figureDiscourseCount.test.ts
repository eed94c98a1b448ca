import { describe, expect, it } from 'vitest';
import { annotate, STORY_LEAD } from './helpers/annotate.ts';

/** `[id, wording]` of each figure claim marked in the blocks after the story's lead. */
function figures(...blocks: string[]) {
  return annotate([STORY_LEAD, ...blocks])
    .blocks.slice(1)
    .flat()
    .filter((h) => h.kind === 'claim' && h.claimKind === 'figure')
    .map((h) => [h.id, h.text]);
}

describe('a bare count answers the question its block asked a few sentences before', () => {
  it.each<[string, string[]]>([
    [
      'So how many put their names to it? The answer moved all day. One site said 490. Another, later, went with 650.',
      ['490', '650'],
    ],
    [
      'How many signed? People kept adding their names all day, so outlets differed. One said 505. A later count was more than 700.',
      ['505', 'more than 700'],
    ],
    [
      'How many staff signed? Counts rose all Monday. The first were near 500; by night, 738.',
      ['500', '738'],
    ],
    // Already read before (one sentence back): the step must keep it.
    [
      'How many of them signed, in the end? Nobody had a clean list. Early on it was 505; by the evening it was 738.',
      ['505', '738'],
    ],
  ])('%s', (block, wordings) => {
    expect(figures(block)).toEqual(wordings.map((w) => ['staff-letter-signatories', w]));
  });
});

describe('coordinated counts of one sentence share their topic', () => {
  it.each<[string, string[]]>([
    ['Outlets put the signatures at 490 at dawn and 650 by noon.', ['490', '650']],
    ['The count of names was put at about 500 at breakfast and 650 by lunch.', ['about 500', '650']],
    [
      'Organisers gave the number of signers as 505 in the morning, then more than 700 at night.',
      ['505', 'more than 700'],
    ],
  ])('%s', (block, wordings) => {
    expect(figures(block)).toEqual(wordings.map((w) => ['staff-letter-signatories', w]));
  });
});

describe('a bare count continues the count the sentence before gave', () => {
  it.each<[string, string[]]>([
    ['Nearly 500 employees signed overnight. A few hours later the figure was 700.', ['Nearly 500', '700']],
    [
      'The letter had about 500 signatures by breakfast. Reporters were soon quoting 650, and by night the tally read 738.',
      ['about 500', '650', '738'],
    ],
  ])('%s', (block, wordings) => {
    expect(figures(block)).toEqual(wordings.map((w) => ['staff-letter-signatories', w]));
  });
});

describe('a number word that is the whole answer to the question before it counts what it asks', () => {
  it.each<[string, string, string]>([
    ['And how many directors actually voted him out? Four. Not the full board.', 'board-size', 'Four'],
    [
      'Q: So who pulled the trigger on Friday? A: Four. The rest were on the receiving end.',
      'board-size',
      'Four',
    ],
    ['How many board members made that call in the end? Four!', 'board-size', 'Four'],
  ])('%s', (block, id, wording) => {
    expect(figures(block)).toContainEqual([id, wording]);
  });
  it.each<[string, string[][]]>([
    ['Why did the board act the way it did? Four hours later, nobody knew.', []],
    ['How many directors voted? Four or five, nobody was sure.', []],
    ['How many people made that call? Four. It was over within 30 minutes.', [['board-size', 'Four']]],
  ])('near miss: %s', (block, marks) => {
    expect(figures(block)).toEqual(marks);
  });
});

describe('near misses: the discourse does not carry into a count of something else', () => {
  it('a count with its own act keeps it, and the headcount before keeps its own', () => {
    expect(figures('The company has about 770 staff. Around 500 signed.')).toEqual([
      ['openai-headcount', 'about 770'],
      ['staff-letter-signatories', 'Around 500'],
    ]);
  });
  it.each([
    'How many signed? By 9 a.m. we still had no answer, and within 48 hours nobody cared.',
    'How many signed? Plenty. Jaden, 14, said it felt like his whole class walking out.',
    'How many signed? Readers wrote in. Maya, 12, Leeds: my mum says 500 is a lot.',
    'About 500 staff signed the letter. The building has 40 floors. Later it was 600.',
    'About 500 staff signed the letter. At Quora, meanwhile, some 600 were laid off.',
    'How many signed? Hard to say. Would 600 be enough, if it came to that?',
  ])('%s', (block) => {
    expect(figures(block).filter(([, w]) => !/\b500\b/.test(w!))).toEqual([]);
  });
  it('a new paragraph about another topic', () => {
    expect(
      figures(
        'How many signed? One said 505.',
        'The cafeteria downstairs, for the record, serves about 600 a day and was open all weekend.',
      ),
    ).toEqual([['staff-letter-signatories', '505']]);
  });
});
