import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { compileMatcher } from '../../src/core/match/compileMatcher.ts';
import { scanBlock, scanStatements, type BlockScan } from '../../src/core/page/scanBlock.ts';
import { phaseOneWarmUp, phaseTwoWarmUp, warmUpBlocks } from '../../src/content/warmUp.ts';

const page = { published: '2023-11-22' };

/** A page's blocks read in order, each with the one before, both phases. */
function readAll(texts: string[], matcher = compileMatcher(bundledDataset)) {
  let previous: BlockScan | undefined;
  return texts.map((text) => {
    const scan = scanBlock(matcher, text, { page, ...(previous ? { previous } : {}) });
    scan.statements = scanStatements(matcher, scan, previous);
    return (previous = scan);
  });
}

const PAGE = [
  'Inside the OpenAI board crisis',
  'By Monday, 738 out of OpenAI’s roughly 770 employees had signed the letter.',
  'Microsoft has invested $13 billion in OpenAI.',
  'The board of OpenAI removed Sam Altman on Friday, saying he was not consistently candid with directors.',
  '4:15 p.m.',
];

describe('the warm-up', () => {
  it('reaches the figure code and the statement code: its made-up blocks hold figure claims and a statement', () => {
    const { figures, statements } = warmUpBlocks(compileMatcher(bundledDataset));
    // Without a figure claim among them, the first page's first figure would pay the compile again.
    expect(readAll(figures).filter((s) => s.figures.length && s.names.length).length).toBe(2);
    expect(readAll(statements).some((s) => s.statements.length)).toBe(true);
  });

  it('comes in many small steps, so no step holds the whole first use', () => {
    const matcher = compileMatcher(bundledDataset);
    const { figures, statements } = warmUpBlocks(matcher);
    expect([...phaseOneWarmUp(matcher, page)].length).toBeGreaterThan(figures.length * 4);
    expect([...phaseTwoWarmUp(matcher, page)].length).toBeGreaterThan(statements.length);
  });

  it('compiles the claim phrases with a first search long enough for V8 to compile it to machine code', () => {
    const matcher = compileMatcher(bundledDataset);
    const phrases = matcher.claimPhrases!;
    const searched: number[] = [];
    phrases.test = (text: string) => {
      searched.push(text.length);
      return RegExp.prototype.test.call(phrases, text);
    };
    for (const _ of phaseOneWarmUp(matcher, page));
    expect(searched).toEqual([1000]);
    expect(phrases.lastIndex).toBe(0);
  });

  it('changes nothing a page reads: the same scans with and without it', () => {
    const cold = readAll(PAGE);
    const matcher = compileMatcher(bundledDataset);
    for (const _ of phaseOneWarmUp(matcher, page));
    for (const _ of phaseTwoWarmUp(matcher, page));
    expect(readAll(PAGE, matcher)).toEqual(cold);
    expect(PAGE.join('\n').match(matcher.claimPhrases!)).toEqual(['not consistently candid']);
    expect(cold.some((s) => s.figures.length) && cold.some((s) => s.statements.length)).toBe(true);
  });
});
