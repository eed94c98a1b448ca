import { describe, expect, it } from 'vitest';
import { FramePacer, fitFrameCost } from '../../src/core/page/framePacer.ts';

/** A page whose frames cost `fixed + perBlock × blocks`, with optional noise. */
function simulate(
  pacer: FramePacer,
  fixed: number,
  perBlock: number,
  frames: number,
  noise: () => number = () => 0,
) {
  const renders: number[] = [];
  for (let i = 0; i < frames; i++) {
    const blocks = pacer.blocksPerFrame;
    const renderMs = fixed + perBlock * blocks + noise();
    renders.push(renderMs);
    pacer.record({ blocks, renderMs });
  }
  return renders;
}

/** Deterministic noise in [-amp, amp]. */
function noise(amp: number, seed = 7): () => number {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return (x / 2 ** 31) * 2 * amp - amp;
  };
}

describe('fitFrameCost', () => {
  it('recovers the fixed and per-block parts of exact samples', () => {
    const fit = fitFrameCost([
      { blocks: 100, renderMs: 35 },
      { blocks: 200, renderMs: 42 },
      { blocks: 50, renderMs: 31.5 },
    ]);
    expect(fit?.fixedMs).toBeCloseTo(28, 5);
    expect(fit?.perBlockMs).toBeCloseTo(0.07, 5);
  });

  it('cannot tell the parts apart from one sample, or while the samples are of about the same size', () => {
    expect(
      fitFrameCost([
        { blocks: 100, renderMs: 30 },
        { blocks: 100, renderMs: 40 },
      ]),
    ).toBeUndefined();
    expect(fitFrameCost([{ blocks: 100, renderMs: 30 }])).toBeUndefined();
    // 100 and 110 blocks: three milliseconds of noise would read as a slope of 0.3 ms per block.
    expect(
      fitFrameCost([
        { blocks: 100, renderMs: 38 },
        { blocks: 110, renderMs: 41 },
      ]),
    ).toBeUndefined();
  });

  it('never reports a fixed part above the cheapest frame or below zero', () => {
    const steep = fitFrameCost([
      { blocks: 10, renderMs: 1 },
      { blocks: 20, renderMs: 30 },
    ]);
    expect(steep?.fixedMs).toBe(0);
    const flat = fitFrameCost([
      { blocks: 10, renderMs: 20 },
      { blocks: 20, renderMs: 20.5 },
    ]);
    expect(flat?.fixedMs).toBeLessThanOrEqual(20);
  });

  it('gives no line when noise makes it slope down', () => {
    expect(
      fitFrameCost([
        { blocks: 100, renderMs: 40 },
        { blocks: 120, renderMs: 30 },
      ]),
    ).toBeUndefined();
  });

  it('has nothing to fit without samples', () => {
    expect(fitFrameCost([])).toBeUndefined();
  });
});

describe('FramePacer', () => {
  it('settles on chunks whose frames fit the target on a large page (fixed 28 ms, 0.07 ms per block)', () => {
    const pacer = new FramePacer({ targetMs: 40 });
    const renders = simulate(pacer, 28, 0.07, 12);
    expect(Math.max(...renders.slice(3))).toBeLessThanOrEqual(40.5);
    // And uses the room it has: about (40 − 28) / 0.07 ≈ 171 blocks.
    expect(pacer.blocksPerFrame).toBeGreaterThan(150);
    expect(pacer.blocksPerFrame).toBeLessThanOrEqual(172);
  });

  it('keeps its chunk size once settled, and shrinks it when the same chunks start costing more', () => {
    const pacer = new FramePacer({ targetMs: 40 });
    simulate(pacer, 28, 0.07, 20);
    const settled = pacer.blocksPerFrame;
    simulate(pacer, 28, 0.07, 20);
    expect(pacer.blocksPerFrame).toBe(settled);
    // The page grew: every frame now costs twice as much.
    const renders = simulate(pacer, 56, 0.14, 10);
    expect(pacer.blocksPerFrame).toBeLessThan(settled);
    expect(renders.at(-1)).toBeLessThanOrEqual(56 + 10.5);
  });

  it('shrinks a chunk that made a long frame at once', () => {
    const pacer = new FramePacer({ targetMs: 40, initialBlocks: 2000 });
    pacer.record({ blocks: 2000, renderMs: 200 });
    expect(pacer.blocksPerFrame).toBeLessThanOrEqual(400);
  });

  it('grows on a cheap page, at most doubling per frame, up to its ceiling', () => {
    const pacer = new FramePacer({ targetMs: 40, initialBlocks: 100, maxBlocks: 1000 });
    const sizes: number[] = [];
    for (let i = 0; i < 8; i++) {
      const blocks = pacer.blocksPerFrame;
      pacer.record({ blocks, renderMs: 2 + 0.001 * blocks });
      sizes.push(pacer.blocksPerFrame);
    }
    expect(sizes.slice(0, 3)).toEqual([200, 400, 800]);
    expect(sizes.at(-1)).toBe(1000);
  });

  it('keeps making progress where even an empty frame is over the target', () => {
    const pacer = new FramePacer({ targetMs: 40, minBlocks: 8 });
    const renders = simulate(pacer, 60, 0.1, 10);
    // Our writes add about a quarter of the target on top of the page's own cost…
    expect(Math.max(...renders.slice(4))).toBeLessThanOrEqual(60 + 10.5);
    // …and chunks stay well above the minimum, so the page is still finished.
    expect(pacer.blocksPerFrame).toBeGreaterThan(80);
  });

  it('does not settle on its first guess where most of a frame is the page’s own', () => {
    // The all-per-block guess predicts chunks of its own size exactly; alone, it shrank
    // chunks towards the minimum as the page's cost crept up (25–55 s on the bench's huge page).
    const pacer = new FramePacer({ targetMs: 42, initialBlocks: 50 });
    simulate(pacer, 35, 0.1, 20);
    // (42 − 35) / 0.1 = 70, but our writes may take a quarter of the target: 10.5 / 0.1 = 105.
    expect(pacer.blocksPerFrame).toBeGreaterThanOrEqual(100);
    expect(pacer.blocksPerFrame).toBeLessThanOrEqual(105);
  });

  it('does not keep a line fitted to one slow frame while frames stay well under the target', () => {
    const pacer = new FramePacer({ targetMs: 42, initialBlocks: 50 });
    // A first frame slowed by something else (a GC, the page's own work)…
    pacer.record({ blocks: 50, renderMs: 64 });
    // …then a page that costs 34 ms + 0.1 ms per block: the line through the slow frame
    // held chunks at 31 blocks (37 ms frames) for the rest of the page.
    simulate(pacer, 34, 0.1, 30);
    expect(pacer.blocksPerFrame).toBeGreaterThanOrEqual(100);
    expect(pacer.blocksPerFrame).toBeLessThanOrEqual(105);
  });

  it('steps a guessed size down when the frame was over the target', () => {
    const pacer = new FramePacer({ targetMs: 42, initialBlocks: 40 });
    pacer.record({ blocks: 40, renderMs: 44 });
    expect(pacer.blocksPerFrame).toBe(27);
  });

  it('stays near the target with noisy measurements', () => {
    const pacer = new FramePacer({ targetMs: 40 });
    const renders = simulate(pacer, 20, 0.05, 40, noise(3));
    const late = renders.slice(10);
    expect(late.reduce((a, b) => a + b, 0) / late.length).toBeLessThanOrEqual(42);
    expect(late.reduce((a, b) => a + b, 0) / late.length).toBeGreaterThan(30);
    expect(Math.max(...late)).toBeLessThan(50);
  });

  it('never goes below its minimum or above its maximum, and ignores nonsense samples', () => {
    const pacer = new FramePacer({ minBlocks: 8, maxBlocks: 50, initialBlocks: 20 });
    pacer.record({ blocks: 20, renderMs: 10_000 });
    expect(pacer.blocksPerFrame).toBe(8);
    pacer.record({ blocks: 0, renderMs: 5 });
    pacer.record({ blocks: 10, renderMs: Number.NaN });
    pacer.record({ blocks: 10, renderMs: -1 });
    expect(pacer.blocksPerFrame).toBe(8);
    for (let i = 0; i < 10; i++) pacer.record({ blocks: pacer.blocksPerFrame, renderMs: 0.1 });
    expect(pacer.blocksPerFrame).toBe(50);
  });

  it('sizes its first chunk from the page: an article in one frame, a huge list in a frame under the target', () => {
    // An article of 500 elements: its first frame would hold all its marked paragraphs.
    expect(new FramePacer({ targetMs: 42, pageElements: 500 }).blocksPerFrame).toBeGreaterThan(300);
    // A 30,000-element list whose frames cost 28 ms plus 0.07 ms a block: fewer blocks, and the first
    // frame under the target; then it learns the page.
    const huge = new FramePacer({ targetMs: 42, pageElements: 30_000 });
    expect(huge.blocksPerFrame).toBeLessThan(150);
    const renders = simulate(huge, 28, 0.07, 12);
    expect(renders[0]).toBeLessThanOrEqual(42);
    expect(Math.max(...renders.slice(3))).toBeLessThanOrEqual(42.5);
    // Never a guess beyond the room a page its size leaves: a page of 60,000 elements gets the least room.
    expect(new FramePacer({ targetMs: 42, pageElements: 60_000 }).blocksPerFrame).toBe(105);
  });
});
