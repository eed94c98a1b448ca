/** Longest stretch of idle-time work, so a task stays well under 50 ms even where the browser offers more. */
const MAX_IDLE_MS = 40;
/** Where the browser has no idle callbacks (or is never idle), work still gets done after this long… */
const IDLE_TIMEOUT_MS = 500;
/** …in a stretch this long: short, since the page was busy. */
const OVERDUE_MS = 10;

export interface IdleWindow {
  /** Milliseconds left in this stretch of idle time. */
  timeRemaining(): number;
}

interface IdleDeadline extends IdleWindow {
  readonly didTimeout?: boolean;
}

interface IdleWindowGlobals {
  requestIdleCallback?: (cb: (deadline: IdleDeadline) => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
}

/**
 * Resolves when the page is idle, with how long we may work: work that can
 * wait (reading sentences for statement claims) goes where it costs the
 * reader nothing. Resolves with no time at all if `signal` aborts first.
 *
 * The stretch is counted from when the browser calls back, not from the
 * request: Chrome answers a request made during one idle period in the next
 * one, 50 ms later on a page that draws nothing, and a window counted from
 * the request was already spent (phase 2 then never read a block).
 */
export function whenIdle(signal?: AbortSignal, win: Window = window): Promise<IdleWindow> {
  const globals = win as unknown as IdleWindowGlobals;
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve({ timeRemaining: () => 0 });
    const window = (deadline?: IdleDeadline): IdleWindow => {
      const start = win.performance.now();
      const cap = deadline?.didTimeout ? OVERDUE_MS : MAX_IDLE_MS;
      const offered = deadline && !deadline.didTimeout ? deadline : undefined;
      return {
        timeRemaining: () => Math.min(offered?.timeRemaining() ?? cap, cap - (win.performance.now() - start)),
      };
    };
    let cancel: () => void;
    const onAbort = () => {
      cancel();
      resolve({ timeRemaining: () => 0 });
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (deadline?: IdleDeadline) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(window(deadline));
    };
    if (globals.requestIdleCallback && globals.cancelIdleCallback) {
      const id = globals.requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS });
      cancel = () => globals.cancelIdleCallback!(id);
    } else {
      const id = win.setTimeout(() => done(), 0);
      cancel = () => win.clearTimeout(id);
    }
  });
}
