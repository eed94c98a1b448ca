import { describe, expect, it } from 'vitest';
import { whenIdle } from '../../src/content/idleTime.ts';

interface Deadline {
  timeRemaining(): number;
  didTimeout: boolean;
}

/** A window stand-in whose clock and idle callbacks we run by hand. */
function fakeWindow() {
  let now = 0;
  const callbacks: Array<(deadline: Deadline) => void> = [];
  const win = {
    performance: { now: () => now },
    requestIdleCallback: (cb: (deadline: Deadline) => void) => callbacks.push(cb),
    cancelIdleCallback: () => undefined,
  } as unknown as Window;
  return {
    win,
    advance: (ms: number) => (now += ms),
    /** The browser's idle period starts: it calls back, offering `offered` ms, or on the request's timeout. */
    idle: (offered: number, didTimeout = false) => {
      const end = now + offered;
      for (const cb of callbacks.splice(0)) cb({ timeRemaining: () => Math.max(0, end - now), didTimeout });
    },
  };
}

describe('whenIdle', () => {
  it('counts the stretch from when the browser calls back, not from the request', async () => {
    const { win, advance, idle } = fakeWindow();
    const window = whenIdle(undefined, win);
    // Chrome answers a request made in one idle period at the start of the next, 50 ms later.
    advance(50);
    idle(49.9);
    const stretch = await window;
    expect(stretch.timeRemaining()).toBe(40);
    advance(30);
    expect(stretch.timeRemaining()).toBe(10);
    advance(15);
    expect(stretch.timeRemaining()).toBeLessThanOrEqual(0);
  });

  it('never offers more than the browser does', async () => {
    const { win, idle } = fakeWindow();
    const window = whenIdle(undefined, win);
    idle(12);
    expect((await window).timeRemaining()).toBe(12);
  });

  it('still gives a short stretch on a page that is never idle (the request timed out)', async () => {
    const { win, advance, idle } = fakeWindow();
    const window = whenIdle(undefined, win);
    advance(500);
    idle(0, true);
    const stretch = await window;
    expect(stretch.timeRemaining()).toBe(10);
    advance(10);
    expect(stretch.timeRemaining()).toBeLessThanOrEqual(0);
  });

  it('offers nothing once its signal aborts', async () => {
    const { win } = fakeWindow();
    const stop = new AbortController();
    const window = whenIdle(stop.signal, win);
    stop.abort();
    expect((await window).timeRemaining()).toBe(0);
  });

  it('runs as a background task where the browser has them, in short stretches, with no wait for an idle period', async () => {
    let now = 0;
    const tasks: Array<{ run: () => void; signal: AbortSignal }> = [];
    const timers: Array<() => void> = [];
    const win = {
      performance: { now: () => now },
      scheduler: {
        postTask: (run: () => void, options: { priority: string; signal: AbortSignal }) => {
          expect(options.priority).toBe('background');
          tasks.push({ run, signal: options.signal });
          return Promise.resolve();
        },
      },
      requestIdleCallback: () => {
        throw new Error('not used where background tasks exist');
      },
      cancelIdleCallback: () => undefined,
      setTimeout: (fn: () => void) => timers.push(fn),
      clearTimeout: () => undefined,
    } as unknown as Window;
    const window = whenIdle(undefined, win);
    now = 3;
    tasks[0]!.run();
    const stretch = await window;
    expect(stretch.timeRemaining()).toBe(12);
    now = 15;
    expect(stretch.timeRemaining()).toBe(0);
    // Run once only: the overdue timer that fires later changes nothing, and calls off no task
    // that has already run.
    timers[0]!();
    expect(tasks[0]!.signal.aborted).toBe(false);

    // A page so busy the background task never runs: a short stretch after the timeout all the same.
    const busy = whenIdle(undefined, win);
    timers[1]!();
    expect((await busy).timeRemaining()).toBe(10);
    expect(tasks[1]!.signal.aborted).toBe(true);
  });
});
