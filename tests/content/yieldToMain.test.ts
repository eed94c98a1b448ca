import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToMain } from '../../src/content/yieldToMain.ts';

const global = globalThis as { scheduler?: unknown };

describe('yieldToMain', () => {
  afterEach(() => {
    delete global.scheduler;
    vi.useRealTimers();
  });

  it('posts a task at user-visible priority where the browser schedules tasks, and resolves with it', async () => {
    const posted: Array<{ run: () => void; priority: string }> = [];
    let finish!: () => void;
    const task = new Promise<void>((resolve) => (finish = resolve));
    global.scheduler = {
      postTask(run: () => void, options: { priority: string }) {
        // Called as a method: `this` is the scheduler.
        expect(this).toBe(global.scheduler);
        posted.push({ run, priority: options.priority });
        return task;
      },
    };
    let resolved = false;
    const turn = yieldToMain().then(() => (resolved = true));
    expect(posted.map((p) => p.priority)).toEqual(['user-visible']);
    await Promise.resolve();
    expect(resolved).toBe(false);
    posted[0]!.run();
    finish();
    await turn;
    expect(resolved).toBe(true);
  });

  it('falls back to a zero-delay timer where there is no scheduler.postTask', async () => {
    vi.useFakeTimers();
    global.scheduler = {};
    let resolved = false;
    const turn = yieldToMain().then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(0);
    await turn;
    expect(resolved).toBe(true);
  });
});
