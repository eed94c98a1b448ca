import { describe, expect, it } from 'vitest';
import { findCues } from '../../src/core/claims/detectFigureClaims.ts';
import { findNames } from '../../src/core/match/findNames.ts';
import { leadAfter } from '../../src/core/page/blockLead.ts';
import { scanBlock } from '../../src/core/page/scanBlock.ts';
import { matcher } from './helpers/annotate.ts';

/** Short blocks (labels, cells, headings, a live blog's entries) and one long one. */
const BLOCKS = [
  'Members of the new board',
  'Total OpenAI staff',
  'How many employees signed the letter?',
  'Fri., Nov. 17',
  'Most read',
  '3:07 p.m.',
  'Bret Taylor (chair)',
  'Seats the new board could grow to',
  'By Monday, 738 out of OpenAI’s roughly 770 employees had signed the letter.',
  `${'The board met again on Sunday, and the talks went on late into the night. '.repeat(3)}The directors left.`,
];

describe('what a block leaves the blocks after it, with its cue words found once', () => {
  it.each(BLOCKS)('is the same for %j whether the caller passes its cues or not', (text) => {
    const names = findNames(matcher, text);
    const previous = scanBlock(matcher, 'Inside the OpenAI board crisis').lead;
    const cues = findCues(matcher, text, { start: 0, end: text.length });
    expect(leadAfter(matcher, text, names, previous, [], cues)).toEqual(
      leadAfter(matcher, text, names, previous),
    );
  });

  it.each(BLOCKS.filter((b) => !/\d/.test(b)))(
    'is, from scanBlock, what leadAfter finds on its own for %j',
    (text) => {
      expect(scanBlock(matcher, text).lead).toEqual(
        leadAfter(matcher, text, findNames(matcher, text), undefined),
      );
    },
  );
});
