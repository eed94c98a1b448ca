import type { Settings } from '../settings.ts';

/** The pages the gate may run on: the manifest's host permissions. */
export const GATE_MATCHES = ['http://*/*', 'https://*/*'];
export const GATE_SCRIPT_ID = 'sourcemark-gate';

/** The gate's content-script registration, in the shape `scripting.registerContentScripts` takes. */
export interface GateRegistration {
  id: string;
  matches: string[];
  excludeMatches: string[];
  js: string[];
  runAt: 'document_idle';
  persistAcrossSessions: true;
}

export interface GateFiles {
  /** The gate itself. */
  gate: string;
  /** A line run before it that tells it to load the engine on every page. */
  everywhere: string;
}

/** A hostname as `location.hostname` gives it: letters, digits, dots and hyphens, or an IPv6 address. */
const HOSTNAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/i;

/**
 * Where and how the gate runs, from the settings: nowhere while highlighting
 * is off, not on the sites switched off, and with the engine asked for at once
 * when the reader wants highlights on every page. So the gate starts knowing
 * its settings, without a storage call on every page. A site that no match
 * pattern can name is left out of the exclusions: the gate there learns the
 * setting from the background instead (`settingsToGate`).
 */
export function gateRegistration(settings: Settings, files: GateFiles): GateRegistration | undefined {
  if (!settings.enabled) return undefined;
  const hosts = [...new Set(settings.disabledSites)].filter((host) => HOSTNAME.test(host)).sort();
  return {
    id: GATE_SCRIPT_ID,
    matches: GATE_MATCHES,
    excludeMatches: hosts.map((host) => `*://${host}/*`),
    js: settings.everywhere ? [files.everywhere, files.gate] : [files.gate],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

/** Whether a registration the browser holds is the one wanted (the browser may return fields in its own order). */
export function sameRegistration(
  held: { js?: string[]; matches?: string[]; excludeMatches?: string[]; runAt?: string },
  wanted: GateRegistration,
): boolean {
  // Paths as the browser hands them back: maybe absolute (moz-extension://…/) or from the root.
  const file = (path: string) => path.replace(/^[a-z-]+:\/\/[^/]+\//, '').replace(/^\//, '');
  const same = (a: string[] | undefined, b: string[], ordered = false) => {
    const x = (a ?? []).map(file);
    const y = b.map(file);
    if (!ordered) {
      x.sort();
      y.sort();
    }
    return x.length === y.length && x.every((v, i) => v === y[i]);
  };
  return (
    same(held.js, wanted.js, true) &&
    same(held.matches, wanted.matches) &&
    same(held.excludeMatches, wanted.excludeMatches) &&
    (held.runAt ?? 'document_idle') === wanted.runAt
  );
}
