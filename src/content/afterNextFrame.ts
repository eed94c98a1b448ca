import { yieldToMain } from './yieldToMain.ts';

/** A frame that has not come by then is not coming soon (a throttled or hidden tab). */
const FRAME_TIMEOUT_MS = 100;

/**
 * Waits until the browser has rendered what we wrote, and says how long that
 * rendering took: from the frame's animation callbacks (after which style,
 * layout and paint run in the same task) to the next task. Undefined when no
 * frame came: hidden tabs render nothing, so there is nothing to pace.
 */
export function afterNextFrame(win: Window = window): Promise<number | undefined> {
  if (win.document.visibilityState === 'hidden' || typeof win.requestAnimationFrame !== 'function') {
    return yieldToMain().then(() => undefined);
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (ms: number | undefined) => {
      if (settled) return;
      settled = true;
      resolve(ms);
    };
    const timer = win.setTimeout(() => finish(undefined), FRAME_TIMEOUT_MS);
    win.requestAnimationFrame(() => {
      const start = win.performance.now();
      win.setTimeout(() => {
        win.clearTimeout(timer);
        finish(win.performance.now() - start);
      }, 0);
    });
  });
}
