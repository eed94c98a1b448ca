import browser from 'webextension-polyfill';
import { collectTextNodes } from './collectTextNodes.ts';
import { parseMessage, type PageStatus } from '../messages.ts';

function pageStatus(): PageStatus {
  return { url: location.href, textNodes: collectTextNodes(document.body ?? document.documentElement).length };
}

browser.runtime.onMessage.addListener((raw: unknown) => {
  const message = parseMessage(raw);
  // Answer only what is ours; returning undefined lets other listeners reply.
  if (message?.type === 'page/get-status') return Promise.resolve(pageStatus());
  return undefined;
});
