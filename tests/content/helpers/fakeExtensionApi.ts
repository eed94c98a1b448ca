import { vi } from 'vitest';

/** An extension event whose listeners a test can count and call. */
export class FakeEvent<F extends (...args: never[]) => unknown> {
  readonly listeners = new Set<F>();
  addListener = (listener: F) => void this.listeners.add(listener);
  removeListener = (listener: F) => void this.listeners.delete(listener);
  fire(...args: Parameters<F>): Array<ReturnType<F>> {
    return [...this.listeners].map((listener) => listener(...args) as ReturnType<F>);
  }
}

type MessageListener = (
  message: unknown,
  sender: unknown,
  sendResponse: (response?: unknown) => void,
) => unknown;
type ChangeListener = (changes: unknown, area: string) => void;

/**
 * The part of `browser`/`chrome` the content scripts use, in memory: settings
 * in a store, messages to the background recorded, and `runtime.id` that a
 * test can take away (the extension updated under the page).
 */
export function fakeExtensionApi(settings: Record<string, unknown> = {}) {
  const store = { ...settings };
  const sent: unknown[] = [];
  const onMessage = new FakeEvent<MessageListener>();
  const onChanged = new FakeEvent<ChangeListener>();
  const api = {
    runtime: {
      id: 'sourcemark-test' as string | undefined,
      sendMessage: vi.fn((message: unknown) => {
        sent.push(message);
        return Promise.resolve({ ok: true });
      }),
      onMessage,
    },
    storage: {
      sync: { get: vi.fn(() => Promise.resolve({ ...store })) },
      onChanged,
    },
  };
  return {
    api,
    sent,
    /** Changes the stored settings and tells every listener, as storage.sync does. */
    setSettings: (next: Record<string, unknown>) => {
      Object.assign(store, next);
      onChanged.fire({}, 'sync');
    },
    /** Sends a message to the content script and resolves with its answer (undefined when nobody answers). */
    ask: (message: unknown): Promise<unknown> =>
      new Promise((resolve) => {
        const answered = onMessage.fire(message, {}, resolve);
        if (!answered.some((r) => r === true || r instanceof Promise)) resolve(undefined);
        for (const r of answered) if (r instanceof Promise) void r.then(resolve);
      }),
    /** The extension is gone: updated, reloaded or disabled. */
    orphan: () => {
      api.runtime.id = undefined;
    },
  };
}
