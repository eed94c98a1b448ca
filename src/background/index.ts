import browser from 'webextension-polyfill';
import { parseMessage, type ExtensionInfo } from '../messages.ts';

function extensionInfo(): ExtensionInfo {
  const { name, version } = browser.runtime.getManifest();
  return { name, version };
}

browser.runtime.onMessage.addListener((raw: unknown) => {
  const message = parseMessage(raw);
  if (message?.type === 'extension/get-info') return Promise.resolve(extensionInfo());
  return undefined;
});
