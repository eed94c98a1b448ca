import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/figures/parseFigure.ts';
import { scanPageFigures } from './helpers/annotate.ts';

/** Each block's figures as "value claimId", reading the blocks in order as the content script does. */
function scanPage(blocks: string[]): string[] {
  return scanPageFigures(blocks, '2023-11-26').map((f) => `${f.text} ${f.claimId}`);
}
const INTRO = 'OpenAI fired Sam Altman on Friday. The week at the ChatGPT maker, in numbers.';

describe('a number word alone in its block is a value, as its digits would be (parseFigure.ts)', () => {
  it.each(['Four', 'four', '“Four”', 'Four.', '• Seven', 'NINE'])('reads %j', (text) => {
    expect(findFigures(text)).toHaveLength(1);
  });
  it.each(['one of the directors', 'Four said so', 'in two minds', 'One'])(
    'reads no bare count in %j',
    (text) => {
      expect(findFigures(text).filter((f) => f.unit === 'count' && !f.isAge)).toEqual([]);
    },
  );

  it.each([
    [['Four', 'board members who voted to oust Altman.'], 'Four board-size'],
    [['Four', 'directors decided to remove Altman on Friday.'], 'Four board-size'],
    [['Nine', 'the most seats the new board is expected to have.'], 'Nine board-expansion'],
  ])('%j takes its caption', (blocks, mark) => {
    expect(scanPage([INTRO, ...blocks])).toContain(mark);
  });

  it.each([
    // A slide counter, a rank, a chapter: no caption of a topic.
    [['Four', 'Chapter title: the weekend everything changed']],
    [['Slide', 'Four', 'of twelve']],
    [['Four', 'Photograph: Jim Wilson for the paper']],
  ])('%j marks nothing', (blocks) => {
    expect(scanPage([INTRO, ...blocks]).filter((m) => /^(?:four|nine|twelve)\b/i.test(m))).toEqual([]);
  });
});
