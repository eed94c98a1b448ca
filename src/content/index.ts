import browser from 'webextension-polyfill';
import { bundledDataset } from '../core/dataset/bundledDataset.ts';
import { compileMatcher } from '../core/match/compileMatcher.ts';
import { parseMessage, type PageStatus } from '../messages.ts';
import { HoverCards } from './card/hoverCards.ts';
import { Highlighter } from './highlighter.ts';
import { pageStatus } from './pageStatus.ts';

function start(root: HTMLElement): void {
  let cards: HoverCards | undefined;
  const highlighter = new Highlighter({
    matcher: compileMatcher(bundledDataset),
    root,
    onChange: () => cards?.refreshTabStops(),
  });
  cards = new HoverCards(bundledDataset, highlighter);
  cards.attach();
  const ready = highlighter.enable().catch((error: unknown) => console.warn('Sourcemark could not read this page:', error));

  const status = async (): Promise<PageStatus> => {
    await ready;
    await highlighter.flush();
    return pageStatus(highlighter, location.href);
  };

  const setEnabled = async (enabled: boolean): Promise<PageStatus> => {
    if (enabled) {
      cards!.attach();
      await highlighter.enable();
    } else {
      // The card goes too: the page's HTML is left exactly as it was.
      cards!.detach();
      await highlighter.disable();
    }
    return status();
  };

  browser.runtime.onMessage.addListener((raw: unknown) => {
    const message = parseMessage(raw);
    // Answer only what is ours; returning undefined lets other listeners reply.
    switch (message?.type) {
      case 'page/get-status':
        return status();
      case 'page/set-enabled':
        return setEnabled(message.enabled);
      case 'highlights/step':
        return Promise.resolve({ moved: cards!.step(message.direction === 'next' ? 1 : -1) });
      default:
        return undefined;
    }
  });
}

if (document.body) start(document.body);
