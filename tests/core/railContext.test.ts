import { describe, expect, it } from 'vitest';
import {
  isFurniture,
  isFurnitureLine,
  railAfter,
  railHeadingOf,
  type Rail,
} from '../../src/core/page/railContext.ts';

/** Walks blocks in order as leadAfter does, and says which state no claim. */
function furnitureOf(blocks: string[], kind: 'statement' | 'figure' = 'statement'): boolean[] {
  let rail: Rail | undefined;
  let previousLabel = false;
  return blocks.map((text) => {
    const quiet = isFurniture(text, rail, kind);
    rail = railAfter(text, rail, previousLabel);
    previousLabel = text.length <= 160 && !/[.!?]["”’)]?\s*$/.test(text.trim());
    return quiet;
  });
}

const PROSE =
  'The regulator said on Tuesday that the merger would be reviewed in full, a process that usually takes several months, and that the two companies had agreed to answer its questions.';

describe('railContext', () => {
  it('knows the headings of link rails and of reference lists, in any case', () => {
    for (const h of [
      'Read also',
      'ALSO READ',
      'More on this story',
      'Most popular',
      'Recommended for you',
      'From the archive',
      'Watch more',
      'Related stories',
    ])
      expect(railHeadingOf(h)).toBe('links');
    for (const h of [
      'References',
      'Notes',
      'Sources',
      'Further reading',
      'See also',
      'Bibliography',
      'External links',
    ])
      expect(railHeadingOf(h)).toBe('references');
  });

  it('does not take a section or a live blog for a rail', () => {
    for (const h of [
      'Related developments',
      'Latest',
      'Latest updates',
      'What the sources say',
      'Notes from the hearing',
    ])
      expect(railHeadingOf(h)).toBeUndefined();
  });

  it('knows a furniture line wherever it stands: inline rail leads, hatnotes, reference entries', () => {
    for (const line of [
      'Read also: Regional bank cuts 300 jobs after merger',
      'SEE ALSO | Minister resigns over expenses row',
      'Related: Union threatens strike at port',
      'For other uses, see Mercury (disambiguation).',
      'Main article: 2019 Hong Kong protests',
      '"Port strike" redirects here. For the 1951 dispute, see Waterfront dispute.',
      '^ "Minister quits over expenses". The Herald. 4 May 2021.',
      '[12] "Union calls off strike after pay deal" (3 June 2022).',
      '3. Hughes, "Why the board fired its chair", Financial Review, 2020.',
    ])
      expect(isFurnitureLine(line)).toBe(true);
    for (const line of [
      'Related to the case, prosecutors said, were three other firms.',
      'See you in court, the union told the minister.',
      'The minister resigned on Friday, the Herald reported.',
      '3. The board fired its chair on Friday.',
    ])
      expect(isFurnitureLine(line)).toBe(false);
  });

  it('silences the links under a rail heading until prose resumes', () => {
    expect(
      furnitureOf([
        PROSE,
        'More on this story',
        'Bank fires chief executive after audit',
        'Union backs strike at port',
        PROSE,
      ]),
    ).toEqual([false, false, true, true, false]);
  });

  it('silences a reference list to its end, figures too; a link rail keeps its headlines’ figures', () => {
    expect(
      furnitureOf(
        [PROSE, 'References', '"Board fires chief" (4 May 2021).', 'Hughes (2020): 41–58.'],
        'figure',
      ),
    ).toEqual([false, false, true, true]);
    expect(furnitureOf([PROSE, 'Related', 'How four directors fired a founder'], 'figure')).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('ends a rail at the comments: readers speak for themselves', () => {
    expect(
      furnitureOf([PROSE, 'Read more', 'Board fires chief', 'Comments (12)', 'Three directors did this.']),
    ).toEqual([false, false, true, false, false]);
  });

  it('opens no rail at a table column head or a contents entry', () => {
    expect(
      furnitureOf(['Outlet', 'Reported count', 'Notes', 'Business Daily', 'Its story gives 490']),
    ).toEqual([false, false, false, false, false]);
    expect(
      furnitureOf([
        'Observers',
        'See also',
        'References',
        'Directors in 2023',
        'Resigned as president that evening',
      ]),
    ).toEqual([false, false, false, false, false]);
  });

  it('ends a rail at prose that closes with a citation mark', () => {
    expect(furnitureOf([PROSE, 'Related', 'Board fires chief', `${PROSE}[4]`])).toEqual([
      false,
      false,
      true,
      false,
    ]);
  });
});
