import { describe, expect, it } from 'vitest';
import { scanPageFigures } from './helpers/annotate.ts';

/** Each block's figures with their topics, reading the blocks in order as the content script does. */
function scanPage(blocks: string[]): string[][] {
  return scanPageFigures(blocks, '2023-11-22').map((f) => [f.text, f.claimId]);
}

const LEAD =
  'OpenAI’s board removed Sam Altman on Friday, and Microsoft hired him on Sunday. Hundreds of staff threatened to quit.';
const PROSE = `${'The board met again on Sunday, and the talks went on late into the night. '.repeat(3)}They left.`;

/**
 * A label naming another board than the one that fired Altman ("members of the interim board",
 * "Interim directors") gives a bare value no board-size topic (board-size's exclusion words).
 */
describe('a value labelled with the interim board is not the firing board’s size', () => {
  it.each([
    [[PROSE, 'By the numbers', '3', 'members of the interim board', PROSE]],
    [[PROSE, 'Members of the interim board', '3', PROSE]],
    [[PROSE, 'Interim directors', '3', PROSE]],
    // review19 #3: a story's lead naming the firing board must not speak for a rejected label.
    [[LEAD, 'By the numbers', '3', 'members of the interim board', PROSE]],
    [[LEAD, 'By the numbers', '3', 'Members of the interim board']],
    [[LEAD, PROSE, 'By the numbers', '3', 'Members of the board that reinstated Altman', PROSE]],
    [[LEAD, PROSE, 'By the numbers', '3', 'Members of the replacement board', PROSE]],
    [[LEAD, PROSE, 'By the numbers', '3', 'Directors on the caretaker board', PROSE]],
    [[LEAD, PROSE, 'By the numbers', '3', 'Seats on the stopgap board', PROSE]],
    [[LEAD, PROSE, 'By the numbers', '3', 'Members of the successor board', PROSE]],
  ])('marks nothing in %j', (blocks) => {
    expect(scanPage(blocks)).toEqual([]);
  });

  it.each<[string[], string[][]]>([
    [['Four directors voted to remove Altman.'], [['Four', 'board-size']]],
    [[PROSE, 'Directors who voted him out', '4', PROSE], [['4', 'board-size']]],
    [
      ['The four-member board that fired Altman named Mira Murati interim chief executive.'],
      [['four', 'board-size']],
    ],
    // review19b #1: the firing board's size stays when the story also names Altman's successor.
    [
      ['The six-member board that fired Altman also named his successor, Mira Murati.'],
      [['six', 'board-size']],
    ],
    [
      ['The board, which had six members, named Murati as Altman’s interim successor.'],
      [['six', 'board-size']],
    ],
    // round 21: the part that acted is the firing board; the whole of six counts Altman and Brockman (boardIdentity.ts).
    [['Four of the six board members voted to oust Altman and chose a successor.'], [['Four', 'board-size']]],
    [
      ['The four-person board that ousted Altman picked Emmett Shear as his successor on Sunday.'],
      [['four', 'board-size']],
    ],
  ])('still marks the firing board in %j', (blocks, marks) => {
    expect(scanPage(blocks)).toEqual(marks);
  });
});
