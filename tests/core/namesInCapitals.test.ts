import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/core/match/findNames.ts';
import { matcher } from './helpers/annotate.ts';

/*
 * Names as pages set them in capitals (headlines, captions, the name heading a profile) and with the
 * middle initial a formal page gives. Every line is invented.
 */
const names = (text: string) => findNames(matcher, text).map((h) => [h.entityId, text.slice(h.start, h.end)]);

describe('a "Mc" name in capitals keeps its small "c", as type in capitals sets it', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['a name heading', 'TASHA McCAULEY', [['tasha-mccauley', 'TASHA McCAULEY']]],
    [
      'two names in one heading',
      'HELEN TONER AND TASHA McCAULEY: THE DIRECTORS WHO LEFT',
      [
        ['helen-toner', 'HELEN TONER'],
        ['tasha-mccauley', 'TASHA McCAULEY'],
      ],
    ],
    ['all of it in capitals still counts', 'TASHA MCCAULEY SPEAKS', [['tasha-mccauley', 'TASHA MCCAULEY']]],
    ['the surname alone in a heading', 'WHY McCAULEY LEFT', [['tasha-mccauley', 'McCAULEY']]],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['another Mc name in capitals', 'JOHN McCARTHY RETIRES'],
    ['a half-capitalised word that is no name', 'The McCAULEYVILLE fair opens'],
  ])('leaves %s alone', (_, text) => {
    expect(names(text).filter(([id]) => id === 'tasha-mccauley')).toEqual([]);
  });
});

describe('a full name with its middle initial, in capitals or not', () => {
  it.each<[string, string, Array<[string, string]>]>([
    ['a profile heading in capitals', 'LAWRENCE H. SUMMERS', [['larry-summers', 'LAWRENCE H. SUMMERS']]],
    [
      'the formal name in text',
      'Lawrence H. Summers joined the board.',
      [['larry-summers', 'Lawrence H. Summers']],
    ],
    [
      'the formal name without the initial',
      'Lawrence Summers joined the board.',
      [['larry-summers', 'Lawrence Summers']],
    ],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('leaves another Lawrence alone', () => {
    expect(names('Lawrence H. Smith joined the board.').filter(([id]) => id === 'larry-summers')).toEqual([]);
  });
});
