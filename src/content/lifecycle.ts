/** The part of the extension API the lifecycle reads: `runtime.id` is gone once the extension is. */
export interface RuntimeHandle {
  runtime?: { id?: string };
}

/** An extension event (`runtime.onMessage`, `storage.onChanged`). */
export interface ExtensionEvent<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

/**
 * The content script's one lifecycle: everything it starts is registered
 * with `signal`, and one abort undoes it all. It aborts when the extension
 * that started the script is gone — updated, reloaded or disabled while the
 * page stays open — which the script learns from its runtime: `runtime.id`
 * becomes undefined and every API call throws.
 */
export class ContentLifecycle {
  private readonly controller = new AbortController();
  readonly signal = this.controller.signal;

  constructor(private readonly api: RuntimeHandle) {}

  /** Whether the extension is still there; when it is not, everything is undone now. */
  checkAlive(): boolean {
    if (this.signal.aborted) return false;
    let alive: boolean;
    try {
      alive = !!this.api.runtime?.id;
    } catch {
      alive = false;
    }
    if (!alive) this.controller.abort();
    return alive;
  }

  /**
   * Checks every `ms` from now on: once marks are on the page they must go
   * soon after the extension does, even if nothing else happens on the page.
   */
  watch(ms = 1000): void {
    if (this.signal.aborted) return;
    const timer = setInterval(() => this.checkAlive(), ms);
    this.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  }

  abort(): void {
    this.controller.abort();
  }
}

/** Adds `listener` to an extension event until `signal` aborts. */
export function listen<F>(event: ExtensionEvent<F>, listener: F, signal: AbortSignal): void {
  if (signal.aborted) return;
  event.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      // An orphaned script's extension APIs may throw: the listener is dead either way.
      try {
        event.removeListener(listener);
      } catch {
        /* already gone with the extension */
      }
    },
    { once: true },
  );
}
