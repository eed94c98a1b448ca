import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

const ages = (text: string) =>
  findFigures(text)
    .filter((f) => f.isAge)
    .map((f) => f.wording);

describe('the ways news gives an age', () => {
  it.each<[string, string]>([
    ['Asked his age, Altman is 38.', '38'],
    ['Summers was 68 when he joined.', '68'],
    ['He is 43 and has chaired two boards.', '43'],
    ['Taylor’s forty-three, and he has seen it all.', 'forty-three'],
    ['Summers is sixty-eight, and still busy.', 'sixty-eight'],
    ['Bret Taylor, forty-three, takes the chair.', 'forty-three'],
    ['Larry Summers — Age: 68; economist', '68'],
    ['Fired at 38, Altman spent the weekend on calls.', '38'],
    ['Named to the board at 68, Summers brings experience.', '68'],
    ['Kept on at 39, D’Angelo links the two boards.', '39'],
    ['d’angelo (39) keeps his seat', '39'],
    ['Summers, 68 when he joined in 2023, quit the board in 2025.', '68'],
    ['The ousted chief, 38, learned of it on a video call.', '38'],
    ['The former Treasury secretary, 68, is the board’s only economist.', '68'],
    // A fact box's field on its own line.
    ['Sam Altman\nAge: 38\nRole: chief executive', '38'],
  ])('%s', (text, wording) => {
    expect(ages(text)).toEqual([wording]);
  });

  it.each([
    'Altman’s 20 employees quit.',
    'Altman’s 50 and 60 were the bids.',
    'The board is 4 members short.',
    'OpenAI was 38 per cent owned.',
    'Signed at 505, the letter grew.',
    'At 770 staff, OpenAI is small.',
    // A description of no person, set off with a number.
    'The new board, 43, met on Friday.',
    'The total, 45, was a record.',
    'The ousted chief, 38 staff said, was calm.',
  ])('finds no age in “%s”', (text) => {
    expect(ages(text)).toEqual([]);
  });

  it('gives each age to the person it is said of', () => {
    expect(figureClaimsAfterLead(['Altman is 38 and Taylor is 43.'])).toEqual([
      ['sam-altman-age', '38'],
      ['bret-taylor-age', '43'],
    ]);
  });

  it('gives an age after a description to the person the page was last about', () => {
    expect(
      figureClaimsAfterLead([
        'Larry Summers also joins.',
        'The former Treasury secretary, 68, is an economist.',
      ]),
    ).toEqual([['larry-summers-age', '68']]);
    expect(
      figureClaimsAfterLead(["D'Angelo keeps his seat.", 'The Quora chief, 39, links the two boards.']),
    ).toEqual([['adam-d-angelo-age', '39']]);
  });
});

// An entry under a person's name (a glossary's <dt> and <dd>) gives the age with the time it was theirs,
// or at the moment the entry tells: "38 in November 2023", "Joined the board in November 2023, at 68".
describe('an age in an entry under a name label, timed or told "at N"', { timeout: 30000 }, () => {
  it.each<[string[], Array<[string, string]>]>([
    [
      ['Bret Taylor', 'Chair of the new board, 43 at the time, and formerly of Salesforce.'],
      [['bret-taylor-age', '43']],
    ],
    [
      ['Adam D’Angelo', 'Quora’s chief executive, 39 in November 2023. He kept his seat.'],
      [['adam-d-angelo-age', '39']],
    ],
    [
      ['Larry Summers', 'Former Treasury secretary. Named to the board in late 2023, aged 68.'],
      [['larry-summers-age', '68']],
    ],
    [
      ['Sam Altman', 'Co-founder of OpenAI, 38 in late 2023, fired and rehired within a week.'],
      [['sam-altman-age', '38']],
    ],
  ])('%j', (blocks, expected) => {
    expect(figureClaimsAfterLead(blocks, '2024-05-01').filter(([id]) => id.endsWith('-age'))).toEqual(
      expected,
    );
  });

  it.each<string[]>([
    // A duration, not an age.
    ['Emmett Shear', 'Interim chief executive, 72 hours in November 2023, then gone.'],
    // An hour, too small for an age.
    ['Larry Summers', 'Joined the board in November 2023, at 9 on a Wednesday morning.'],
    // A count in the entry, not after a comma or "at".
    ['Sam Altman', 'Chief executive whose 38 lieutenants stayed in November 2023.'],
  ])('no age: %j', (...blocks) => {
    expect(figureClaimsAfterLead(blocks, '2024-05-01').filter(([id]) => id.endsWith('-age'))).toEqual([]);
  });
});
