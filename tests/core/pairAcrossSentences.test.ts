import { describe, expect, it } from 'vitest';
import { annotate } from './helpers/annotate.ts';

const HEADLINE = 'The weekend OpenAI came apart';
/** The Microsoft-hire claims of the block. */
const hires = (block: string) =>
  annotate([HEADLINE, block])
    .blocks.at(-1)!
    .filter((h) => h.kind === 'claim' && h.id === 'altman-joins-microsoft')
    .map((h) => h.text);

describe('a group word may mean the two people the two sentences before it name one each', () => {
  it.each([
    'The board dismissed its chief executive, Sam Altman, on Friday. President Greg Brockman quit hours later. Over the weekend, Microsoft took on both men.',
    'OpenAI ousted Sam Altman. Greg Brockman resigned in protest. By Monday Microsoft had hired the pair.',
    'Sam Altman was shown the door on Friday. Greg Brockman walked out the same evening. Microsoft snapped up both men on Sunday.',
    'Greg Brockman quit on Friday night. Sam Altman had been fired hours earlier. Microsoft hired the two founders two days later.',
  ])('%s', (block) => {
    expect(hires(block)).toHaveLength(1);
  });
});

describe('the pair stays unread where the sentences before do not name one each', () => {
  it.each([
    [
      'a third person named earlier in the block',
      'Ilya Sutskever led the vote. Sam Altman was fired on Friday. Greg Brockman quit. Microsoft took on both men.',
    ],
    ['one person named before', 'The board met on Friday. Sam Altman was fired. Microsoft took on both men.'],
    [
      'the same person twice',
      'Sam Altman was fired on Friday. Altman said little. Microsoft took on both men.',
    ],
  ])('%s', (_, block) => {
    expect(hires(block)).toEqual([]);
  });
});
