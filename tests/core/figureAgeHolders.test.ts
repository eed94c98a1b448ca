import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const figureClaims = (blocks: string[]) => figureClaimsAfterLead(blocks, '2023-12-06');

describe('an age belongs to the person its sentence is about, not the last name on the page', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'a pronoun subject, another person named in the clause after',
      [
        'Larry Summers was Treasury secretary under Bill Clinton.',
        'He was 68 when he joined the board that brought Altman back.',
      ],
      [['larry-summers-age', '68']],
    ],
    [
      '"aged" opening the sentence, the holder named in the block before',
      [
        'Bret Taylor took the chair of the new board.',
        'Aged 43 when he took the chair, he had run Salesforce.',
      ],
      [['bret-taylor-age', '43']],
    ],
    [
      'a bare age opening the sentence, the date it held, then the pronoun',
      [
        "Adam D'Angelo kept his seat.",
        '39 in November 2023, he had founded Quora after running technology at Facebook.',
      ],
      [['adam-d-angelo-age', '39']],
    ],
    [
      'a pronoun subject with no one before it: no holder, no mark',
      ['He was 68 when he joined the board that brought Sam Altman back.'],
      [],
    ],
    [
      'an age far from every report of the person the page was last about is not theirs',
      ['Bret Taylor took the chair.', 'He was 68 when he joined the board that brought Altman back.'],
      [],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(figureClaims(blocks)).toEqual(expected);
  });
});

describe('an age with no holder in its sentence is the last person’s only if it is theirs, give or take the years since', () => {
  it.each<[string, string[], string | undefined, Array<[string, string]>]>([
    [
      'five years off the last person’s, on an undated page',
      ['The 43-year-old tech veteran will head the board.'],
      undefined,
      [],
    ],
    [
      'five years off, on a page of the same month',
      ['The 43-year-old tech veteran will head the board.'],
      '2023-11-30',
      [],
    ],
    [
      'the last person’s own age',
      ['The 38-year-old spent the weekend on calls.'],
      undefined,
      [['sam-altman-age', '38']],
    ],
    [
      'a year on, by a birthday',
      ['The 39-year-old spent the weekend on calls.'],
      undefined,
      [['sam-altman-age', '39']],
    ],
    [
      'five years on, on a page five years later',
      ['The 43-year-old still runs the company.'],
      '2028-12-01',
      [['sam-altman-age', '43']],
    ],
  ])('%s', (_, blocks, published, expected) => {
    expect(figureClaimsAfterLead(blocks, published)).toEqual(expected);
  });
});
