import { parseSettings } from '../core/settings.ts';
import { renderSettings } from './renderSettings.tsx';

/** The part of `browser.storage` the panel uses (so tests can give it their own). */
export interface SettingsStorage {
  sync: {
    get(keys: null): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

/**
 * The Settings view, live: each change writes only its own key, so two quick
 * changes never overwrite each other, and changes from storage (this panel's
 * or another tab's) update the boxes in place. `onApplied` runs after each.
 */
export async function mountSettings(
  form: HTMLElement,
  hostname: string | undefined,
  storage: SettingsStorage,
  onApplied: () => void = () => undefined,
): Promise<void> {
  const stored = await storage.sync.get(null).catch(() => ({}));
  let raw: Record<string, unknown> = { ...stored };
  // Changes written but not yet echoed by storage: they win over what storage says until then.
  const pending = new Map<string, { value: unknown; writes: number }>();
  const show = renderSettings(form, parseSettings(raw), hostname, (change) => {
    for (const [key, value] of Object.entries(change))
      pending.set(key, { value, writes: (pending.get(key)?.writes ?? 0) + 1 });
    void storage.sync.set(change);
  });
  storage.onChanged.addListener((changes, area) => {
    if (area !== 'sync') return;
    raw = { ...raw };
    for (const [key, { newValue }] of Object.entries(changes)) {
      if (newValue === undefined) delete raw[key];
      else raw[key] = newValue;
      const mine = pending.get(key);
      if (mine && --mine.writes === 0) pending.delete(key);
    }
    const local = Object.fromEntries([...pending].map(([key, { value }]) => [key, value]));
    show(parseSettings({ ...raw, ...local }));
    onApplied();
  });
}
