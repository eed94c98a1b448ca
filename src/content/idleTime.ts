/** Longest stretch of idle-time work, so a task stays well under 50 ms even where the browser offers more. */
const MAX_IDLE_MS = 40;
/**
 * A stretch of background-priority work: short, since the browser may have a
 * frame to draw right after it (a live page's next update).
 */
const BACKGROUND_SLICE_MS = 12;
/** Where the browser has no idle time to give (a page that is never idle), work still gets done after this long… */
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
  scheduler?: {
    postTask?: (
      task: () => void,
      options: { priority: 'background'; signal: AbortSignal },
    ) => Promise<unknown>;
  };
}

/**
 * Resolves when the page has time for work that can wait (reading sentences
 * for statement claims), with how long we may work: it goes where it costs
 * the reader nothing. Resolves with no time at all if `signal` aborts first.
 *
 * Where the browser schedules tasks by priority, that is a background task:
 * it runs as soon as nothing else waits. Idle callbacks come only in idle
 * periods, and Chrome answers a request made during one in the next, 50 ms
 * later on a page that draws nothing: the article's statements waited for
 * that. Either way the stretch is counted from when the work may start, not
 * from the request.
 */
export function whenIdle(signal?: AbortSignal, win: Window = window): Promise<IdleWindow> {
  const globals = win as unknown as IdleWindowGlobals;
  const postTask = globals.scheduler?.postTask?.bind(globals.scheduler);
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve({ timeRemaining: () => 0 });
    /** A stretch of at most `cap` ms from now, and no longer than the browser offers. */
    const stretch = (cap: number, offered?: IdleWindow): IdleWindow => {
      const start = win.performance.now();
      return {
        timeRemaining: () => Math.min(offered?.timeRemaining() ?? cap, cap - (win.performance.now() - start)),
      };
    };
    let cancel: () => void;
    let settled = false;
    const done = (window: () => IdleWindow) => {
      if (settled) return;
      settled = true;
      cancel();
      signal?.removeEventListener('abort', onAbort);
      resolve(window());
    };
    const onAbort = () => done(() => ({ timeRemaining: () => 0 }));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (postTask) {
      const task = new AbortController();
      let taskRan = false;
      const overdue = win.setTimeout(() => done(() => stretch(OVERDUE_MS)), IDLE_TIMEOUT_MS);
      cancel = () => {
        // Only a task still waiting is called off; the one that ran is done. The work after it
        // yields through yieldToMain.ts, whose tasks are posted afresh at user-visible priority
        // and inherit neither this task's priority nor its signal.
        if (!taskRan) task.abort();
        win.clearTimeout(overdue);
      };
      postTask(
        () => {
          taskRan = true;
          done(() => stretch(BACKGROUND_SLICE_MS));
        },
        {
          priority: 'background',
          signal: task.signal,
        },
      ).catch(() => undefined);
    } else if (globals.requestIdleCallback && globals.cancelIdleCallback) {
      const id = globals.requestIdleCallback(
        (deadline) =>
          done(() => (deadline.didTimeout ? stretch(OVERDUE_MS) : stretch(MAX_IDLE_MS, deadline))),
        { timeout: IDLE_TIMEOUT_MS },
      );
      cancel = () => globals.cancelIdleCallback!(id);
    } else {
      const id = win.setTimeout(() => done(() => stretch(MAX_IDLE_MS)), 0);
      cancel = () => win.clearTimeout(id);
    }
  });
}
