import { describe, expect, it } from 'vitest';
import { findNames } from '../../src/core/match/findNames.ts';
import { scanBlock } from '../../src/core/page/scanBlock.ts';
import { matcher } from './helpers/annotate.ts';

const page = { published: '2023-11-22' };
const strip = (scan: ReturnType<typeof scanBlock>) => ({
  names: scan.names,
  figures: scan.figures.map((f) => [f.claimId, scan.text.slice(f.start, f.end)]),
});

describe('scanBlock reads each block’s names once', () => {
  it('takes the names the caller found instead of reading them again', () => {
    const text = 'Sam Altman said 505 OpenAI employees signed the letter.';
    const given = findNames(matcher, text).slice(0, 1);
    expect(scanBlock(matcher, text, { page, names: given }).names).toBe(given);
  });

  it('takes the next block’s names from the caller: a block naming nobody is about the names next to it', () => {
    // 650, a count no report gives: a reported value's echo would tie it without any name (reportedValueEcho.ts).
    const text = 'By then 650 had signed.';
    const next = 'It was a good year.';
    // The caller says the next block names OpenAI (as a block it has read would): one cue is enough.
    const nextNames = findNames(matcher, 'OpenAI');
    expect(strip(scanBlock(matcher, text, { page, next })).figures).toEqual([]);
    expect(strip(scanBlock(matcher, text, { page, next, nextNames })).figures).toEqual([
      ['staff-letter-signatories', '650'],
    ]);
  });

  it('ties a reported value (505) by its echo alone, with or without the next block’s names', () => {
    // 505 is the signers' count in the reports; "signed" is their cue in the sentence: the echo
    // (reportedValueEcho.ts) ties it where the same line with 650 stays untied without a name.
    const text = 'By then 505 had signed.';
    const next = 'It was a good year.';
    const nextNames = findNames(matcher, 'OpenAI');
    expect(strip(scanBlock(matcher, text, { page, next })).figures).toEqual([
      ['staff-letter-signatories', '505'],
    ]);
    expect(strip(scanBlock(matcher, text, { page, next, nextNames })).figures).toEqual([
      ['staff-letter-signatories', '505'],
    ]);
    // Without its cue the echo gives nothing: the same count in a sentence of another act.
    expect(strip(scanBlock(matcher, 'By then 505 had left.', { page, next })).figures).toEqual([]);
  });

  it.each<[string, string, string[][]]>([
    [
      'a long block with figures and no cue or person',
      'OpenAI met on 17 November 2023 at 10 am. '.repeat(5),
      [],
    ],
    [
      'an age in a long block',
      `${'It rained for hours that day. '.repeat(5)}Sam Altman, 38, was fired.`,
      [['sam-altman-age', '38']],
    ],
    ['a figure described by the next cell', '9', [['board-expansion', '9']]],
  ])('finds the same with them as without: %s', (_, text, figures) => {
    const next = "the cap on the expanded board's size";
    const alone = scanBlock(matcher, text, { page, next });
    const told = scanBlock(matcher, text, {
      page,
      next,
      names: findNames(matcher, text),
      nextNames: findNames(matcher, next),
    });
    expect(strip(alone).figures).toEqual(figures);
    expect(strip(told)).toEqual(strip(alone));
  });
});
