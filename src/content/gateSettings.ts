/**
 * The three settings the gate reads, from what storage.sync holds, with the
 * meaning and defaults of src/core/settings.ts. The gate runs on every page,
 * and validating the whole settings object there (valibot builds and runs
 * its schema on first use) cost more than the rest of the gate together.
 * A test holds this to parseSettings and isActiveOn for any settings the
 * schema accepts.
 */
export interface GateSettings {
  /** Highlighting is on for this page: on, and not off for its site. */
  active: boolean;
  /** Highlight even on pages that are not about the story. */
  everywhere: boolean;
}

export function gateSettings(stored: unknown, hostname: string): GateSettings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const enabled = typeof raw.enabled === 'boolean' ? raw.enabled : true;
  const sites: unknown[] = Array.isArray(raw.disabledSites) ? raw.disabledSites : [];
  return {
    active: enabled && !sites.includes(hostname),
    everywhere: typeof raw.everywhere === 'boolean' ? raw.everywhere : false,
  };
}
