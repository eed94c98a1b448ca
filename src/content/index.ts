import browser from 'webextension-polyfill';
import { bundledDataset } from '../core/dataset/bundledDataset.ts';
import { compileMatcher } from '../core/match/compileMatcher.ts';
import { parseMessage, type PageStatus } from '../messages.ts';
import { Highlighter } from './highlighter.ts';
import { pageStatus } from './pageStatus.ts';

function start(root: HTMLElement): void {
  const highlighter = new Highlighter({ matcher: compileMatcher(bundledDataset), root });
  const ready = highlighter.enable().catch((error: unknown) => console.warn('Sourcemark could not read this page:', error));

  const status = async (): Promise<PageStatus> => {
    await ready;
    await highlighter.flush();
    return pageStatus(highlighter, location.href);
  };

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const message = parseMessage(raw);
    // Answer only what is ours; returning undefined lets other listeners reply.
    switch (message?.type) {
      case 'page/get-status':
        return status();
      case 'page/set-enabled':
        return (message.enabled ? highlighter.enable() : highlighter.disable()).then(status);
      default:
        return undefined;
    }
  });
}

if (document.body) start(document.body);
