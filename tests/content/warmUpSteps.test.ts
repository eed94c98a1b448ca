import { describe, expect, it, vi } from 'vitest';
import { bundledDataset } from '../../src/core/dataset/bundledDataset.ts';
import { compileMatcher } from '../../src/core/match/compileMatcher.ts';
import { phaseOneWarmUp } from '../../src/content/warmUp.ts';

/*
 * Which warm-up step first runs the heaviest patterns to compile, counted by calls, not timed:
 * each module below is the real one, its functions wrapped so a call records the step it ran in.
 */
const { calls, at, recorded } = vi.hoisted(() => {
  const calls: Array<{ fn: string; step: number }> = [];
  const at = { step: 0 };
  const recorded = <F extends (...args: never[]) => unknown>(fn: string, f: F) =>
    ((...args: Parameters<F>) => {
      calls.push({ fn, step: at.step });
      return f(...args);
    }) as F;
  return { calls, at, recorded };
});

vi.mock('../../src/core/claims/offStoryFigure.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/offStoryFigure.ts')>();
  return { ...real, countsOffStory: recorded('countsOffStory', real.countsOffStory) };
});
vi.mock('../../src/core/figures/pageNoise.ts', async (original) => {
  const real = await original<typeof import('../../src/core/figures/pageNoise.ts')>();
  return {
    ...real,
    pageNoise: recorded('pageNoise', real.pageNoise),
    noiseOf: recorded('noiseOf', real.noiseOf),
  };
});
vi.mock('../../src/core/figures/parseFigure.ts', async (original) => {
  const real = await original<typeof import('../../src/core/figures/parseFigure.ts')>();
  return { ...real, findFigures: recorded('findFigures', real.findFigures) };
});
vi.mock('../../src/core/page/scanBlock.ts', async (original) => {
  const real = await original<typeof import('../../src/core/page/scanBlock.ts')>();
  return { ...real, scanBlock: recorded('scanBlock', real.scanBlock) };
});

/** The functions called in the step of `fn`'s first call. */
function firstStepOf(fn: string): string[] {
  const first = calls.find((c) => c.fn === fn);
  expect(first, `${fn} is called by the warm-up`).toBeDefined();
  return calls.filter((c) => c.step === first!.step).map((c) => c.fn);
}

describe('the warm-up’s steps', () => {
  const matcher = compileMatcher(bundledDataset);
  calls.length = 0;
  for (const _ of phaseOneWarmUp(matcher, { published: '2023-11-22' })) at.step++;

  // Their first use took 10–16 ms in Chromium inside the step that reads a block whole, which made
  // that step the article page's longest task (64–80 ms): each now comes in a step of its own.
  it('runs the off-story checks first in a step of their own, not inside a block’s whole reading', () => {
    expect(firstStepOf('countsOffStory')).not.toContain('scanBlock');
  });

  it('runs the page-noise patterns first in a step of their own, not inside a block’s figure parsing', () => {
    const first = calls.find((c) => c.fn === 'pageNoise' || c.fn === 'noiseOf');
    expect(first?.fn).toBe('pageNoise');
    expect(firstStepOf('pageNoise')).not.toContain('findFigures');
  });
});
