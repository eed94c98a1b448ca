import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as counts } from './helpers/annotate.ts';

describe('a board counted in the words a reporter uses', () => {
  it.each<[string, string[], Array<[string, string]>]>([
    [
      'a panel of just four',
      ['The board — a tiny panel of just four — fired him by video call.'],
      [['board-size', 'four']],
    ],
    ['a board of only six', ['The board of only six met on Friday.'], [['board-size', 'six']]],
    [
      '"one of the four" after the page counted the board',
      [
        'The board had four members when it fired him.',
        'Ilya Sutskever, the chief scientist and one of the four who wielded the axe, later signed the letter.',
      ],
      [
        ['board-size', 'four'],
        ['board-size', 'four'],
      ],
    ],
    [
      '"the four" set off by dashes',
      ['The board of four met by video.', 'Sutskever — one of the four — said he regretted it.'],
      [
        ['board-size', 'four'],
        ['board-size', 'four'],
      ],
    ],
    [
      'people acting as a group the page counted',
      ['The board had four members when it fired him.', 'Four people nearly wrecked the company.'],
      [
        ['board-size', 'four'],
        ['board-size', 'Four'],
      ],
    ],
  ])('%s', (_, blocks, expected) => {
    expect(counts(blocks)).toEqual(expected);
  });

  it.each<[string, string[], Array<[string, string]>]>([
    [
      '"the four" with nothing counted before',
      [
        'Ilya Sutskever — one of the four — said on Monday that he regretted his part in what happened, in a post that surprised colleagues who had watched him for years.',
      ],
      [],
    ],
    [
      'a number said again with a noun of its own',
      ['The board had two newcomers.', 'Staff told the board to bring the two founders back.'],
      [],
    ],
    [
      'people acting, where the page counted another number',
      ['The board had four members when it fired him.', 'Three people nearly wrecked the company.'],
      [['board-size', 'four']],
    ],
    [
      'people who walked out, where the page counted the board with that number',
      [
        'The board had four members when it fired him.',
        'Four people walked out of the building on Friday night.',
      ],
      [['board-size', 'four']],
    ],
    [
      'people who only spoke',
      ['The board had four members when it fired him.', 'Four people said they were surprised.'],
      [['board-size', 'four']],
    ],
    [
      'one item of a list of members',
      ["The other three were Adam D'Angelo, who runs Quora, and two directors with no job at the company."],
      [],
    ],
  ])('not: %s', (_, blocks, expected) => {
    expect(counts(blocks).filter(([id]) => id !== 'new-board-newcomers')).toEqual(expected);
  });

  it('reads "the two" on another block as the pair the page named, not a count said again', () => {
    expect(
      counts([
        'The new board has two newcomers, Bret Taylor and Larry Summers.',
        'Altman and Brockman were rehired on Wednesday after five days of talks. The two had been out since Friday, when the board removed them.',
      ]),
    ).toEqual([['new-board-newcomers', 'two']]);
  });
});
