import browser from 'webextension-polyfill';
import { isDisputed } from '../core/claims/verdict.ts';
import type { ContentDataset } from '../core/dataset/schema.ts';
import type { Matcher } from '../core/match/compileMatcher.ts';
import { highlightOptions, isActiveOn, parseSettings, type Settings } from '../core/settings.ts';
import type { PageStatus } from '../messages.ts';
import { AdoptedHighlightStyles } from './adoptedHighlightStyles.ts';
import { HoverCards } from './card/hoverCards.ts';
import type { Engine } from './engineHost.ts';
import { Highlighter } from './highlighter.ts';
import { listen } from './lifecycle.ts';
import { removeStrayMarks } from './markHighlights.ts';
import { pageStatus } from './pageStatus.ts';
import { revealMark } from './revealHighlight.ts';

export interface EngineConfig {
  /** The content script's one lifecycle: when it aborts, marks, card and listeners go. */
  signal: AbortSignal;
  dataset: ContentDataset;
  matcher: Matcher;
  /** The highlight stylesheet, for open shadow roots (the document's is inserted by the background). */
  highlightCss: string;
  doc?: Document;
}

/** What a gone instance of Sourcemark may have left: its marks, and its card on the document element. */
function removeLeftovers(doc: Document): void {
  removeStrayMarks(doc);
  for (const host of doc.querySelectorAll(':root > [data-sourcemark-ui]')) host.remove();
}

/** Errors end the step they happen in, never the ones after it. */
const warn = (error: unknown) => console.warn('Sourcemark:', error);

/**
 * The engine, injected where the page may be about the story: reads the
 * page, highlights it by the settings (applied live), keeps the badge and
 * the card, and answers the gate for the panel and the keyboard shortcuts.
 */
export function startEngine({
  signal,
  dataset,
  matcher,
  highlightCss,
  doc = document,
}: EngineConfig): Engine {
  removeLeftovers(doc);
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
  const highlighter = new Highlighter({
    matcher,
    root: doc.body,
    onChange: report,
    signal,
    shadowRootStyles: new AdoptedHighlightStyles(highlightCss),
  });
  // Declared after the highlighter it reads; `report` runs only once a pass is done.
  const cards = new HoverCards(dataset, highlighter, doc);
  /** The card is attached while highlighting is on: aborting this (or the lifecycle) takes it away. */
  let cardsOn: AbortController | undefined;
  /** The panel's on/off for this tab, over the stored setting. */
  let tabEnabled: boolean | undefined;

  /** Brings the page in line with the settings: on or off for this site, which kinds, which pages. */
  const apply = async (settings: Settings): Promise<void> => {
    if (signal.aborted) return;
    const active = tabEnabled ?? isActiveOn(settings, location.hostname);
    if (!active) {
      // The card goes too: the page is left exactly as it was.
      cardsOn?.abort();
      cardsOn = undefined;
      await highlighter.disable();
      report();
      return;
    }
    if (!cardsOn) {
      cardsOn = new AbortController();
      cards.attach(AbortSignal.any([signal, cardsOn.signal]));
    }
    await highlighter.setOptions(highlightOptions(settings));
    if (!highlighter.isEnabled) await highlighter.enable();
  };

  const readSettings = async (): Promise<Settings> => parseSettings(await browser.storage.sync.get(null));
  // Unreadable settings at start: the defaults, as for a new reader.
  let ready = readSettings()
    .catch(() => parseSettings(undefined))
    .then(apply)
    .catch(warn);
  /** Each change is a step of its own: one that fails (an unreadable store) leaves the next ones working. */
  const reapply = () => (ready = ready.then(readSettings).then(apply).catch(warn));
  listen(browser.storage.onChanged, (_changes, area) => void (area === 'sync' && reapply()), signal);

  const status = async (): Promise<PageStatus> => {
    await ready;
    await highlighter.flush();
    return pageStatus(highlighter, location.href);
  };

  return {
    status,
    async setEnabled(enabled) {
      tabEnabled = enabled;
      await reapply();
      return status();
    },
    step: (direction) => ({ moved: cards.step(direction === 'next' ? 1 : -1) }),
    reveal(id) {
      const mark = highlighter.firstMarks().find((m) => highlighter.highlightFor(m)?.id === id);
      if (mark) revealMark(mark);
      return { moved: !!mark };
    },
  };
}
