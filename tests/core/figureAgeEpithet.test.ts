import { describe, expect, it } from 'vitest';
import { figureClaimsAfterLead as figures } from './helpers/annotate.ts';

describe('an age given by an epithet is the person the text was about, not a name joined to it (ageEpithet.ts)', () => {
  it.each<[string[], Array<[string, string]>]>([
    [
      ['Sam Altman was ousted on Friday. The 38-year-old co-founder was stunned, and Greg Brockman quit.'],
      [['sam-altman-age', '38']],
    ],
    [
      [
        'Sam Altman was ousted on Friday. The 38-year-old figurehead of the generative AI boom said little, while Greg Brockman quit.',
      ],
      [['sam-altman-age', '38']],
    ],
    [
      [
        'Sam Altman was ousted by the OpenAI board on Friday.',
        'Four directors voted him out; the 38-year-old co-founder and Greg Brockman were not part of it.',
      ],
      [
        ['board-size', 'Four'],
        ['sam-altman-age', '38'],
      ],
    ],
    [
      ['Larry Summers joined the board. The 68-year-old economist and Bret Taylor will pick new directors.'],
      [['larry-summers-age', '68']],
    ],
    [
      ['Bret Taylor will chair the board. The 43-year-old and Larry Summers will pick new directors.'],
      [['bret-taylor-age', '43']],
    ],
    // A name in apposition is the epithet's own, "and" between two roles included.
    [
      ['The board named the 68-year-old economist and former Treasury secretary Larry Summers.'],
      [['larry-summers-age', '68']],
    ],
    [['The 68-year-old Larry Summers joined the board.'], [['larry-summers-age', '68']]],
  ])('%j', (blocks, expected) => {
    expect(figures(blocks)).toEqual(expected);
  });

  it.each<string[]>([
    // The joined name is a second person: its age is not the epithet's.
    ['Bret Taylor will chair the board. The 68-year-old and Larry Summers will pick new directors.'],
    ['Larry Summers joined the board. The 43-year-old economist and Bret Taylor will pick new directors.'],
  ])('not the joined name: %j', (...blocks) => {
    expect(figures(blocks).filter(([id]) => id.endsWith('-age'))).toEqual([]);
  });
});
