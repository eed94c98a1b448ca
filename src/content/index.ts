import browser from 'webextension-polyfill';
import { contentDataset } from './contentDataset.ts';
import { isDisputed } from '../core/claims/verdict.ts';
import { compileMatcher } from '../core/match/compileMatcher.ts';
import { highlightOptions, isActiveOn, parseSettings, type Settings } from '../core/settings.ts';
import { parseMessage, type PageStatus } from '../messages.ts';
import { HoverCards } from './card/hoverCards.ts';
import { Highlighter } from './highlighter.ts';
import { pageStatus } from './pageStatus.ts';
import { revealMark } from './revealHighlight.ts';

async function readSettings(): Promise<Settings> {
  try {
    return parseSettings(await browser.storage.sync.get(null));
  } catch {
    return parseSettings(undefined);
  }
}

function start(root: HTMLElement): void {
  const report = () => {
    cards.refreshTabStops();
    const highlights = highlighter.highlights();
    const disputed = new Set(
      highlights.filter((h) => h.kind === 'claim' && isDisputed(h.verdict)).map((h) => h.id),
    ).size;
    browser.runtime
      .sendMessage({ type: 'badge/update', highlights: highlights.length, disputed })
      .catch(() => undefined);
  };
  const highlighter = new Highlighter({ matcher: compileMatcher(contentDataset), root, onChange: report });
  // Declared after the highlighter it reads; `report` runs only once a pass is done.
  const cards = new HoverCards(contentDataset, highlighter);
  let cardsAttached: AbortController | undefined;

  /** Brings the page in line with the settings: on or off for this site, which kinds, which pages. */
  const apply = async (settings: Settings): Promise<void> => {
    if (!isActiveOn(settings, location.hostname)) {
      // The card goes too: the page's HTML is left exactly as it was.
      cardsAttached?.abort();
      cardsAttached = undefined;
      await highlighter.disable();
      report();
      return;
    }
    if (!cardsAttached) cards.attach((cardsAttached = new AbortController()).signal);
    await highlighter.setOptions(highlightOptions(settings));
    if (!highlighter.isEnabled) await highlighter.enable();
  };

  let ready = readSettings()
    .then(apply)
    .catch((error: unknown) => console.warn('Sourcemark could not read this page:', error));
  // Settings apply live, in every tab.
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') ready = ready.then(readSettings).then(apply);
  });

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
        ready = ready.then(readSettings).then((s) => apply({ ...s, enabled: message.enabled }));
        return status();
      case 'highlights/step':
        return Promise.resolve({ moved: cards.step(message.direction === 'next' ? 1 : -1) });
      case 'highlights/reveal': {
        const mark = highlighter.firstMarks().find((m) => m.getAttribute('data-sm-id') === message.id);
        if (mark) revealMark(mark);
        return Promise.resolve({ moved: !!mark });
      }
      default:
        return undefined;
    }
  });
}

if (document.body) start(document.body);
