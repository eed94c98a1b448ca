import browser from 'webextension-polyfill';
import { parseSettings } from '../core/settings.ts';
import { GATE_SCRIPT_ID, gateRegistration, sameRegistration } from '../core/page/gateRegistration.ts';
import { settingsToGate } from '../content/engineHost.ts';
import { leaveGateSettings } from '../content/gateStart.ts';
import { GATE_EVERYWHERE_FILE, GATE_FILE } from '../content/scriptFiles.ts';

const FILES = { gate: GATE_FILE, everywhere: GATE_EVERYWHERE_FILE };

const storedSettings = (): Promise<unknown> =>
  browser.storage.sync.get(null).catch(() => undefined as unknown);

/** One change at a time: two settings changes in a row must not both register the gate. */
let syncing: Promise<void> = Promise.resolve();

/**
 * Registers the gate as the settings say (src/core/page/gateRegistration.ts):
 * for every page while highlighting is on, not for the sites switched off,
 * with the engine asked for at once where the reader wants highlights
 * everywhere. Run whenever the background starts and the settings change:
 * Chrome drops registrations when the extension is updated.
 */
export function syncGateRegistration(): Promise<void> {
  syncing = syncing.then(registerAsSettingsSay, registerAsSettingsSay).catch((error: unknown) => {
    console.warn('Sourcemark: could not register the gate', error);
  });
  return syncing;
}

async function registerAsSettingsSay(): Promise<void> {
  const wanted = gateRegistration(parseSettings(await storedSettings()), FILES);
  const [held] = await browser.scripting.getRegisteredContentScripts({ ids: [GATE_SCRIPT_ID] });
  if (!wanted) {
    if (held) await browser.scripting.unregisterContentScripts({ ids: [GATE_SCRIPT_ID] });
    return;
  }
  if (!held) await browser.scripting.registerContentScripts([wanted]);
  else if (!sameRegistration(held, wanted)) await browser.scripting.updateContentScripts([wanted]);
}

/** The top frame of every tab a script may run in; the others (browser and store pages) refuse. */
async function inEveryTab(
  run: (target: { tabId: number; frameIds: number[] }) => Promise<void>,
): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.flatMap((tab) =>
      tab.id === undefined ? [] : [run({ tabId: tab.id, frameIds: [0] }).catch(() => undefined)],
    ),
  );
}

async function injectGate(target: { tabId: number; frameIds: number[] }, stored: unknown): Promise<void> {
  await browser.scripting.executeScript({ target, func: leaveGateSettings, args: [stored] });
  await browser.scripting.executeScript({ target, files: [GATE_FILE] });
}

/**
 * Runs the gate in the tabs already open, which registered scripts do not
 * reach (at install or update, in both browsers): those pages work without a
 * reload, and the gate clears what an old instance left.
 */
export async function injectGateIntoOpenTabs(): Promise<void> {
  const stored = await storedSettings();
  await inEveryTab((target) => injectGate(target, stored));
}

/**
 * Settings apply live in open tabs: each gate is told (it reads no storage),
 * and where highlighting comes back on, a tab that has no gate (opened while
 * it was off) gets one. The engine, where it runs, reads the settings itself.
 */
export async function settingsToOpenTabs(): Promise<void> {
  const stored = await storedSettings();
  const on = gateRegistration(parseSettings(stored), FILES) !== undefined;
  await inEveryTab(async (target) => {
    const [told] = await browser.scripting.executeScript({ target, func: settingsToGate, args: [stored] });
    if (told?.result !== true && on) await injectGate(target, stored);
  });
}
