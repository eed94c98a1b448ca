import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentLifecycle, listen } from '../../src/content/lifecycle.ts';
import { FakeEvent } from './helpers/fakeExtensionApi.ts';

describe('ContentLifecycle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('aborts once the extension’s runtime is gone, found by a check or by the watch', () => {
    vi.useFakeTimers();
    const api: { runtime: { id?: string } } = { runtime: { id: 'x' } };
    const lifecycle = new ContentLifecycle(api);
    lifecycle.watch(1000);
    vi.advanceTimersByTime(5000);
    expect(lifecycle.signal.aborted).toBe(false);
    // Updated, reloaded or disabled: runtime.id is gone.
    delete api.runtime.id;
    vi.advanceTimersByTime(1000);
    expect(lifecycle.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts a runtime that throws as gone', () => {
    const lifecycle = new ContentLifecycle({
      get runtime(): { id?: string } {
        throw new Error('Extension context invalidated.');
      },
    });
    expect(lifecycle.checkAlive()).toBe(false);
    expect(lifecycle.signal.aborted).toBe(true);
  });

  it('removes extension listeners when it aborts, even where removing throws', () => {
    const lifecycle = new ContentLifecycle({ runtime: { id: 'x' } });
    const event = new FakeEvent<() => void>();
    const broken = {
      addListener: vi.fn(),
      removeListener: vi.fn(() => {
        throw new Error('invalidated');
      }),
    };
    listen(event, () => undefined, lifecycle.signal);
    listen(broken, () => undefined, lifecycle.signal);
    expect(event.listeners.size).toBe(1);
    lifecycle.abort();
    expect(event.listeners.size).toBe(0);
    expect(broken.removeListener).toHaveBeenCalled();
  });
});
