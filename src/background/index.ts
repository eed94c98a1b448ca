import browser from 'webextension-polyfill';
import { parseMessage, type ExtensionInfo } from '../messages.ts';
import { updateBadge } from './badge.ts';
import { injectGateIntoOpenTabs, settingsToOpenTabs, syncGateRegistration } from './gateScripts.ts';
import { injectEngine } from './injectEngine.ts';

function extensionInfo(): ExtensionInfo {
  const { name, version } = browser.runtime.getManifest();
  return { name, version };
}

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  const message = parseMessage(raw);
  switch (message?.type) {
    case 'extension/get-info':
      return Promise.resolve(extensionInfo());
    case 'badge/update': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId) return undefined;
      return updateBadge(tabId, message.highlights, message.disputed).then(() => ({ ok: true as const }));
    }
    case 'engine/load': {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      return injectEngine(tabId, sender.frameId ?? 0).then(() => ({ ok: true as const }));
    }
    default:
      return undefined;
  }
});

// The gate runs where the settings say: registered again whenever the background starts (an update
// drops registrations in Chrome) and whenever the settings change, which reach open tabs too.
void syncGateRegistration();
browser.storage.onChanged.addListener((_changes, area) => {
  if (area !== 'sync') return;
  void syncGateRegistration().then(settingsToOpenTabs);
});
// Firefox: host permissions granted later (the panel asks) make a registration possible again.
browser.permissions.onAdded.addListener(() => void syncGateRegistration());
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install' || reason === 'update') void syncGateRegistration().then(injectGateIntoOpenTabs);
});

// The manifest's keyboard shortcuts (changeable by the user) step through the active tab's highlights.
browser.commands.onCommand.addListener((command) => void stepActiveTab(command));

async function stepActiveTab(command: string): Promise<void> {
  if (command !== 'next-highlight' && command !== 'previous-highlight') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs
    .sendMessage(tab.id, {
      type: 'highlights/step',
      direction: command === 'next-highlight' ? 'next' : 'previous',
    })
    .catch(() => undefined); // No content script on this tab (a browser page): nothing to step through.
}
