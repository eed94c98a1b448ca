/** Longest stretch of idle-time work, so a task stays well under 50 ms even where the browser offers more. */
const MAX_IDLE_MS = 40;
/** Where the browser has no idle callbacks (or is never idle), work still gets done after this long. */
const IDLE_TIMEOUT_MS = 500;

export interface IdleWindow {
  /** Milliseconds left in this stretch of idle time. */
  timeRemaining(): number;
}

interface IdleWindowGlobals {
  requestIdleCallback?: (cb: (deadline: IdleWindow) => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
}

/**
 * Resolves when the page is idle, with how long we may work: work that can
 * wait (reading sentences for statement claims) goes where it costs the
 * reader nothing. Resolves with no time at all if `signal` aborts first.
 */
export function whenIdle(signal?: AbortSignal, win: Window = window): Promise<IdleWindow> {
  const globals = win as unknown as IdleWindowGlobals;
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve({ timeRemaining: () => 0 });
    const start = win.performance.now();
    const capped = (deadline?: IdleWindow): IdleWindow => ({
      timeRemaining: () =>
        Math.min(deadline?.timeRemaining() ?? MAX_IDLE_MS, MAX_IDLE_MS - (win.performance.now() - start)),
    });
    let cancel: () => void;
    const onAbort = () => {
      cancel();
      resolve({ timeRemaining: () => 0 });
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (window: IdleWindow) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(window);
    };
    if (globals.requestIdleCallback && globals.cancelIdleCallback) {
      const id = globals.requestIdleCallback((deadline) => done(capped(deadline)), {
        timeout: IDLE_TIMEOUT_MS,
      });
      cancel = () => globals.cancelIdleCallback!(id);
    } else {
      const id = win.setTimeout(() => done(capped()), 0);
      cancel = () => win.clearTimeout(id);
    }
  });
}
