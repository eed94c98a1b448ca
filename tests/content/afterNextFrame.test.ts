import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from '../../src/content/afterNextFrame.ts';

/** A window stand-in whose frames we run by hand. */
function fakeWindow(visibility: DocumentVisibilityState) {
  const frames: FrameRequestCallback[] = [];
  let now = 0;
  const win = {
    document: { visibilityState: visibility },
    performance: { now: () => now },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    requestAnimationFrame: (cb: FrameRequestCallback) => frames.push(cb),
  } as unknown as Window;
  return {
    win,
    /** Runs the frame's callbacks, then "renders" for `renderMs`. */
    frame: (renderMs: number) => {
      for (const cb of frames.splice(0)) cb(now);
      now += renderMs;
    },
  };
}

describe('afterNextFrame', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves after the frame has rendered, with how long rendering took', async () => {
    vi.useFakeTimers();
    const { win, frame } = fakeWindow('visible');
    const result = afterNextFrame(win);
    frame(37);
    await vi.advanceTimersByTimeAsync(0);
    await expect(result).resolves.toBe(37);
  });

  it('gives up on a frame that does not come, without a measurement', async () => {
    vi.useFakeTimers();
    const { win, frame } = fakeWindow('visible');
    const result = afterNextFrame(win);
    await vi.advanceTimersByTimeAsync(100);
    await expect(result).resolves.toBeUndefined();
    // A frame that comes later changes nothing.
    frame(5);
    await vi.advanceTimersByTimeAsync(0);
    await expect(result).resolves.toBeUndefined();
  });

  it('does not wait for frames in a hidden tab, which renders nothing', async () => {
    const { win } = fakeWindow('hidden');
    const spy = vi.spyOn(win, 'requestAnimationFrame');
    await expect(afterNextFrame(win)).resolves.toBeUndefined();
    expect(spy).not.toHaveBeenCalled();
  });
});
