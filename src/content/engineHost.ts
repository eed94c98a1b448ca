import type { PageStatus } from '../messages.ts';

/**
 * Where the gate (run on every page) and the engine (injected only where the
 * page may be about the story) meet. Both run in the extension's isolated
 * world of the page, which pages cannot see; the gate publishes its host
 * there and the engine, once injected, reports in to it.
 */

/** What the engine answers for the gate, which owns the page's one message listener. */
export interface Engine {
  status(): Promise<PageStatus>;
  setEnabled(enabled: boolean): Promise<PageStatus>;
  step(direction: 'next' | 'previous'): { moved: boolean };
  reveal(id: string): { moved: boolean };
}

/** What the gate offers the engine: the content script's one lifecycle, and where to report in. */
export interface EngineHost {
  signal: AbortSignal;
  attach(engine: Engine): void;
  /** The page's status: the gate's own, or the engine's once it is there (it waits for one on its way). */
  status(): Promise<PageStatus>;
  /** Whether the instance that published it is still the extension's (not left behind by an update). */
  alive(): boolean;
  /** The stored settings changed (told by the background: the gate reads no storage). */
  settingsChanged(stored: unknown): void;
}

const HOST_KEY = '__sourcemarkEngineHost';

/**
 * The page's status, asked in the page: passed to scripting.executeScript as
 * `func`, which runs it in the extension's isolated world of the page, where
 * the gate's host lives. It is sent as source, so it names the host's key
 * itself. Undefined where no gate runs.
 */
export function statusFromGate(): Promise<PageStatus> | undefined {
  const host = (globalThis as { __sourcemarkEngineHost?: EngineHost }).__sourcemarkEngineHost;
  return host && !host.signal.aborted ? host.status() : undefined;
}

/**
 * The stored settings, for the gate in the page: passed to
 * scripting.executeScript as `func` by the background when they change
 * (sent as source, so it names the host's key itself). False where no living
 * gate runs, so the background can start one.
 */
export function settingsToGate(stored: unknown): boolean {
  const host = (globalThis as { __sourcemarkEngineHost?: EngineHost }).__sourcemarkEngineHost;
  if (!host || host.signal.aborted) return false;
  host.settingsChanged(stored);
  return true;
}

type HostGlobals = { [HOST_KEY]?: EngineHost };

/** The newest gate wins: after an update, the old instance's host is gone with its lifecycle. */
export function publishHost(host: EngineHost): void {
  (globalThis as HostGlobals)[HOST_KEY] = host;
}

export function currentHost(): EngineHost | undefined {
  const host = (globalThis as HostGlobals)[HOST_KEY];
  return host && !host.signal.aborted ? host : undefined;
}
