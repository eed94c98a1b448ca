import { describe, expect, it } from 'vitest';
import { marked } from './helpers/annotate.ts';

/** A page is marked only where it is about the story: each case follows this lead. */
const LEAD =
  'OpenAI’s board removed its chief executive on Friday; Microsoft hired him and the staff rebelled.';
const figureClaims = (blocks: string[]) =>
  marked([LEAD, ...blocks], 'claim').filter(
    ([id]) => id.endsWith('-age') || id.endsWith('signatories') || id.startsWith('board'),
  );

describe('ages in the forms news and fact boxes give them', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'a name in capitals, a dash after',
      ['BRET TAYLOR, 43 — chair; former co-chief executive of Salesforce'],
      [['bret-taylor-age', '43']],
    ],
    [
      'a name in capitals, an en dash after',
      ['LARRY SUMMERS, 68 – economist and former Treasury secretary'],
      [['larry-summers-age', '68']],
    ],
    [
      'a fact box line under the name',
      ['SAM ALTMAN', 'Role: co-founder and chief executive', 'Age: 38'],
      [['sam-altman-age', '38']],
    ],
    ['a possessive label', ["Altman's age: 38"], [['sam-altman-age', '38']]],
    [
      'the person named in the question before',
      [
        'Who is Sam Altman?',
        'The 38-year-old helped start OpenAI in 2015 and became the face of the AI boom.',
      ],
      [['sam-altman-age', '38']],
    ],
    [
      'the person an age is set before, after another person',
      ['Altman was joined by the 68-year-old economist Larry Summers and by Bret Taylor.'],
      [['larry-summers-age', '68']],
    ],
    [
      'the person an age describes after a comma',
      ['Bret Taylor, the 43-year-old chair, met Sam Altman on Tuesday.'],
      [['bret-taylor-age', '43']],
    ],
    [
      'an age opening the sentence',
      ['At 38, Altman has already run OpenAI twice.'],
      [['sam-altman-age', '38']],
    ],
    [
      'the subject of the sentence before, not the last name in it',
      ['Bret Taylor thanked Sam Altman on Tuesday. The 43-year-old will chair the new board.'],
      [['bret-taylor-age', '43']],
    ],
    [
      'the person named in the sentence before',
      ['Sam Altman was fired on Friday. The 38-year-old had led OpenAI since 2019.'],
      [['sam-altman-age', '38']],
    ],
    [
      "a table's age column, the row naming others besides the person",
      [
        "Who's on the new board?",
        'Director',
        'Background',
        'Age',
        'Bret Taylor (chair)',
        "Former co-CEO of Salesforce; chaired Twitter's board until Elon Musk bought it",
        '43',
        'Larry Summers',
        'Economist; Treasury Secretary under Bill Clinton',
        '68',
      ],
      [
        ['bret-taylor-age', '43'],
        ['larry-summers-age', '68'],
      ],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(figureClaims(blocks)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    [
      'an age is never a count of signatories',
      ['BRET TAYLOR, 43 — chair', 'The letter had more signatures by Monday.'],
    ],
    [
      'a number in a column that is not the age',
      ['Director', 'Board seats held', 'Bret Taylor (chair)', '3'],
    ],
    ['a cell out of the range of ages', ['Director', 'Age', 'Bret Taylor (chair)', '430']],
    ['an age column without a person in the row', ['Director', 'Age', 'A former Salesforce executive', '43']],
  ])('%s', (_, blocks) => {
    // Only the first case has an age (Taylor's 43), and nothing else is read as one.
    expect(figureClaims(blocks).filter(([id, text]) => id.endsWith('-age') || text === '43')).toEqual(
      blocks[0]!.startsWith('BRET') ? [['bret-taylor-age', '43']] : [],
    );
  });
});
