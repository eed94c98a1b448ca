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
vi.mock('../../src/core/claims/countedGroup.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/countedGroup.ts')>();
  return { ...real, countsAnotherGroup: recorded('countsAnotherGroup', real.countsAnotherGroup) };
});
vi.mock('../../src/core/claims/decisionAgent.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/decisionAgent.ts')>();
  return { ...real, choseRemovalAfter: recorded('choseRemovalAfter', real.choseRemovalAfter) };
});
vi.mock('../../src/core/claims/describedTotal.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/describedTotal.ts')>();
  return { ...real, isDescribedTotal: recorded('isDescribedTotal', real.isDescribedTotal) };
});
vi.mock('../../src/core/claims/leaderRemoval.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/leaderRemoval.ts')>();
  return { ...real, removesLeaderAfter: recorded('removesLeaderAfter', real.removesLeaderAfter) };
});
vi.mock('../../src/core/claims/foundingAct.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/foundingAct.ts')>();
  return { ...real, foundingTeamCount: recorded('foundingTeamCount', real.foundingTeamCount) };
});
vi.mock('../../src/core/claims/otherOrganisationCount.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/otherOrganisationCount.ts')>();
  return { ...real, sizesOtherOrganisation: recorded('sizesOtherOrganisation', real.sizesOtherOrganisation) };
});
vi.mock('../../src/core/claims/marketIndexFigure.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/marketIndexFigure.ts')>();
  return { ...real, isMarketIndexFigure: recorded('isMarketIndexFigure', real.isMarketIndexFigure) };
});
vi.mock('../../src/core/claims/departingPart.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/departingPart.ts')>();
  return { ...real, countsDepartingMembers: recorded('countsDepartingMembers', real.countsDepartingMembers) };
});
vi.mock('../../src/core/claims/boardIdentity.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/boardIdentity.ts')>();
  return { ...real, boardOfCount: recorded('boardOfCount', real.boardOfCount) };
});
vi.mock('../../src/core/claims/genericInstance.ts', async (original) => {
  const real = await original<typeof import('../../src/core/claims/genericInstance.ts')>();
  return { ...real, countsAKind: recorded('countsAKind', real.countsAKind) };
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

  /** The steps of `fn`'s first `n` calls. */
  const firstSteps = (fn: string, n: number) =>
    calls
      .filter((c) => c.fn === fn)
      .slice(0, n)
      .map((c) => c.step);

  // Case-folded Unicode patterns: V8 compiles them to bytecode on the first search and to machine
  // code on the second (13–51 ms and 4–35 ms for the group check in node, busy machine). Both used
  // to come in the step reading a block with two counts whole.
  it('runs the other-group check first in steps of its own, its first two calls in two steps', () => {
    expect(firstStepOf('countsAnotherGroup')).not.toContain('scanBlock');
    const [first, second] = firstSteps('countsAnotherGroup', 2);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(calls.filter((c) => c.step === second).map((c) => c.fn)).not.toContain('scanBlock');
  });

  it('runs the decision and described-total checks in steps of their own, twice before the block is read whole', () => {
    for (const fn of ['choseRemovalAfter', 'isDescribedTotal']) {
      expect(firstStepOf(fn), fn).not.toContain('scanBlock');
      expect(firstStepOf(fn), fn).not.toContain('countsAnotherGroup');
      const [first, second] = firstSteps(fn, 2);
      expect(second, fn).not.toBe(first);
      // The reading of the block they were warmed on comes after both.
      const nextScan = calls.find((c) => c.fn === 'scanBlock' && c.step > first!)!.step;
      expect(second, fn).toBeLessThan(nextScan);
    }
  });

  // Round 24: the count block's whole reading paid these patterns' first use, the warm-up's longest
  // step (170 ms of CPU in node).
  it('runs later rounds’ count checks twice, outside a block’s whole reading, before the block is read whole', () => {
    const scanSteps = new Set(calls.filter((c) => c.fn === 'scanBlock').map((c) => c.step));
    for (const fn of ['countsDepartingMembers', 'boardOfCount', 'countsAKind']) {
      const steps = firstSteps(fn, 2);
      expect(steps, fn).toHaveLength(2);
      expect(steps[1], fn).not.toBe(steps[0]);
      const nextScan = calls.find((c) => c.fn === 'scanBlock' && c.step > steps[0]!)!.step;
      for (const step of steps) {
        expect(step, fn).toBeLessThan(nextScan);
        expect(scanSteps.has(step), fn).toBe(false);
      }
    }
  });

  // review19b #12: round 19's case-folded Unicode patterns compiled on the first live page.
  it('runs round 19’s count checks twice, outside a block’s whole reading, before the block is read whole', () => {
    const scanSteps = new Set(calls.filter((c) => c.fn === 'scanBlock').map((c) => c.step));
    for (const fn of [
      'removesLeaderAfter',
      'foundingTeamCount',
      'sizesOtherOrganisation',
      'isMarketIndexFigure',
    ]) {
      const steps = firstSteps(fn, 2);
      expect(steps, fn).toHaveLength(2);
      // The reading of the block they were warmed on comes after both.
      const nextScan = calls.find((c) => c.fn === 'scanBlock' && c.step > steps[0]!)!.step;
      for (const step of steps) {
        expect(step, fn).toBeLessThan(nextScan);
        expect(scanSteps.has(step), fn).toBe(false);
      }
    }
  });
});
