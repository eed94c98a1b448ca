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
});
