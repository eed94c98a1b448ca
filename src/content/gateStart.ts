import { gateSettings, type GateSettings } from './gateSettings.ts';

/**
 * How the gate learns its settings without reading storage, whose first call
 * costs every page about a millisecond: the background registers the gate
 * only where highlighting is on (src/core/page/gateRegistration.ts), and,
 * when the reader wants highlights on every page, with a line run before it
 * that says so (src/content/gateEverywhere.ts). Where the background injects
 * the gate itself (tabs open at install, or with no gate when highlighting
 * comes back on), it leaves the stored settings here first. Later changes
 * reach a running gate from the background too (`settingsToGate`).
 */
interface GateStart {
  everywhere?: boolean;
  stored?: unknown;
}
type StartGlobals = { __sourcemarkGateStart?: GateStart };

/** The settings the gate starts with: what was left for it, else those its registration implies. */
export function takeGateStart(hostname: string): GateSettings {
  const globals = globalThis as StartGlobals;
  const start = globals.__sourcemarkGateStart;
  delete globals.__sourcemarkGateStart;
  if (start && 'stored' in start) return gateSettings(start.stored, hostname);
  // Registered: highlighting is on, and this site is not one switched off.
  return { active: true, everywhere: start?.everywhere === true };
}

/** Run before the gate by the registration for highlights on every page. */
export function startEverywhere(): void {
  (globalThis as StartGlobals).__sourcemarkGateStart = { everywhere: true };
}

/**
 * Leaves the stored settings for a gate about to be injected. Passed to
 * scripting.executeScript as `func` (sent as source), so it names its key itself.
 */
export function leaveGateSettings(stored: unknown): void {
  (globalThis as StartGlobals).__sourcemarkGateStart = { stored };
}
