import { describe, expect, it } from 'vitest';
import { isAddedPart } from '../../src/core/claims/addedPart.ts';
import { namesReportPart } from '../../src/core/claims/reportPartLabel.ts';
import { figureClaimsAfterLead } from './helpers/annotate.ts';

/*
 * A table's notes and labels: a count added to or left out of the row's figure, a label that says where a
 * figure was given ("Body of the story: 490"), and a label that drops its cue's preposition ("Microsoft
 * holding"). Tables invented in the shapes of data desks, fact boxes and explainers.
 */
const onPage = (blocks: string[]) => figureClaimsAfterLead(blocks, '2023-11-21');

/** A table of how outlets counted the letter's signatures: caption, column heads, then the rows' cells. */
const SIGNATURES_TABLE = ['Signatures on the OpenAI staff letter, as reported', 'Outlet', 'Signers', 'Note'];

describe('a count added to or left out of another count', () => {
  it.each<[string]>([
    ['Plus three executives'],
    ['plus 2 board members who signed later'],
    ['Excluding four contractors'],
    ['Not counting two interns'],
    ['Not including the 3 co-founders'],
    ['about 500 staff, plus three executives'],
    ['745 in all, minus the 12 who withdrew their names'],
  ])('“%s” counts a part beside the figure', (line) => {
    const figure = /\d+|three|four|two/.exec(line.replace(/^about 500|^745/, ''))!;
    const offset = line.length - line.replace(/^about 500|^745/, '').length;
    expect(isAddedPart(line.slice(0, offset + figure.index))).toBe(true);
  });

  it.each<[string, string]>([
    ['In addition to 700 staff, three executives signed.', '700'],
    ['Besides 505 signers, the letter carried a note.', '505'],
    ['The letter had 505 signatures.', '505'],
  ])('“%s”: %s is no added part', (line, wording) => {
    expect(isAddedPart(line.slice(0, line.indexOf(wording)))).toBe(false);
  });

  it('leaves a note cell’s added count unmarked and keeps the row’s value', () => {
    expect(onPage([...SIGNATURES_TABLE, 'A wire service', 'about 500', 'Plus three executives'])).toEqual([
      ['staff-letter-signatories', 'about 500'],
    ]);
    // On a later page, "executives" would otherwise read as that year's departures.
    const later = figureClaimsAfterLead(
      [...SIGNATURES_TABLE, 'A wire service', 'about 500', 'Plus three executives'],
      '2026-02-12',
    );
    expect(later).toEqual([['staff-letter-signatories', 'about 500']]);
  });

  it('leaves the added part of a sentence unmarked', () => {
    expect(onPage(['The letter had about 500 signatures from staff, plus three executives.'])).toEqual([
      ['staff-letter-signatories', 'about 500'],
    ]);
  });
});

describe('a label that says where a figure was given', () => {
  it.each([
    ['Headline'],
    ['Body'],
    ['Body of the story'],
    ['In the text'],
    ['First version'],
    ['Updated story'],
    ['Print edition'],
    ['Push alert'],
    ['Later update of the article'],
  ])('“%s” names a part of a report', (label) => {
    expect(namesReportPart(label)).toBe(true);
  });

  it.each([['Stories'], ['Signers of the letter'], ['Days since the firing'], ['Board members who voted']])(
    '“%s” names what is counted',
    (label) => {
      expect(namesReportPart(label)).toBe(false);
    },
  );

  it('reads a note cell’s value under the table’s heading', () => {
    expect(onPage([...SIGNATURES_TABLE, 'A business daily', 'nearly 500', 'Body of the story: 490'])).toEqual(
      [
        ['staff-letter-signatories', 'nearly 500'],
        ['staff-letter-signatories', '490'],
      ],
    );
    expect(onPage([...SIGNATURES_TABLE, 'A broadcaster', 'Headline: 505'])).toEqual([
      ['staff-letter-signatories', '505'],
    ]);
  });

  it('still declines a label that counts what no topic counts', () => {
    expect(onPage([...SIGNATURES_TABLE, 'Stories we checked: 12'])).toEqual([]);
  });
});

describe('a label that drops its cue’s preposition', () => {
  const box = (line: string) => onPage(['OpenAI’s structure, by the numbers', line]);

  it.each<[string, string, Array<[string, string]>]>([
    [
      'a holding with its entity',
      'Microsoft holding, for-profit entity: 49%',
      [['microsoft-investment', '49%']],
    ],
    ['a holding alone', 'Microsoft holding: 49%', [['microsoft-investment', '49%']]],
  ])('%s', (_, line, expected) => {
    expect(box(line)).toEqual(expected);
  });

  it('declines a holding of time', () => {
    expect(box('Hours the board spent holding talks: 48')).toEqual([]);
  });
});
