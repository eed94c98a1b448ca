import { NOT_ABOUT } from '../core/page/pageRelevance.ts';
import type { StoryGate } from '../core/page/storyGate.ts';
import type { Message, PageStatus } from '../messages.ts';
import { currentHost, publishHost, type Engine } from './engineHost.ts';
import { gateSettings, type GateSettings } from './gateSettings.ts';
import { ContentLifecycle, listen, type ExtensionEvent } from './lifecycle.ts';
import { MARK_SELECTOR } from './markHighlights.ts';
import { StoryWatch } from './storyWatch.ts';

type SendResponse = (response?: unknown) => void;

/** The extension API as the gate uses it: `browser` in Firefox, `chrome` in Chrome (both return promises in MV3). */
export interface GateApi {
  runtime: {
    id?: string;
    sendMessage(message: Message): Promise<unknown>;
    onMessage: ExtensionEvent<(message: unknown, sender: unknown, sendResponse: SendResponse) => boolean>;
  };
}

/** What an instance of Sourcemark that is gone may have left on the page: marks, or its card. */
const LEFTOVERS = `${MARK_SELECTOR}, :root > [data-sourcemark-ui]`;

/**
 * The script every page runs. It starts knowing its settings (`start`, from
 * its registration: src/content/gateStart.ts), reads the page's text, and
 * asks the background for the engine only where the page may be about the
 * story (or the reader asked for highlights everywhere, or a gone instance
 * left marks to clear). On other pages it touches no extension API at all:
 * `api` is looked up only to ask for the engine, since each API a script
 * first touches costs the page a few milliseconds. There the panel asks it
 * in the page (`status` on its host, through scripting.executeScript) and
 * the background tells it of new settings the same way (`settingsToGate`);
 * from the moment it asks for the engine it owns the page's one message
 * listener and the one lifecycle, and hands both to the engine when it
 * arrives.
 */
export function runGate(
  api: () => GateApi | undefined,
  gate: StoryGate,
  start: GateSettings,
  doc: Document = document,
): ContentLifecycle | undefined {
  // The gate may be run twice in one page: registered, and by the background for tabs open at
  // install. A gate already alive here is enough; one an update left behind is not.
  if (currentHost()?.alive()) return undefined;
  const lifecycle = new ContentLifecycle({
    get runtime() {
      return api()?.runtime;
    },
  });
  const { signal } = lifecycle;
  // The gate's own watching, until the engine takes over.
  const gateWork = new AbortController();
  const gateSignal = AbortSignal.any([signal, gateWork.signal]);

  let settings = start;
  /** The panel's on/off for this tab, over the stored setting. */
  let tabEnabled: boolean | undefined;
  let engine: Engine | undefined;
  let loading: Promise<Engine | undefined> | undefined;

  const active = () => tabEnabled ?? settings.active;
  const load = (): Promise<Engine | undefined> => {
    if (loading) return loading;
    const failed = () => {
      // No engine: the extension is gone, or the browser refused (a page it may not script).
      lifecycle.checkAlive();
      return undefined;
    };
    try {
      const runtime = api()!.runtime;
      listenForMessages(runtime);
      loading = runtime.sendMessage({ type: 'engine/load' }).then(() => engine, failed);
    } catch {
      // An old instance's script, after an update: its runtime throws.
      loading = Promise.resolve(failed());
    }
    return loading;
  };
  const watch = new StoryWatch(gate, doc, () => void load());

  const decide = () => {
    if (engine || signal.aborted) return;
    if (doc.querySelector(LEFTOVERS) || (active() && settings.everywhere)) void load();
    else if (active()) watch.start(gateSignal);
    else watch.stop();
  };

  const gateStatus = (): PageStatus => ({
    url: location.href,
    enabled: active(),
    relevant: false,
    // What the gate saw: it knows no entity, so a central person is not named.
    reason: !active()
      ? 'Highlighting is off on this page.'
      : watch.reading.organisation
        ? NOT_ABOUT.organisationAlone
        : watch.reading.central
          ? NOT_ABOUT.centralAlone('one of the people at the centre of the story')
          : NOT_ABOUT.neither,
    blocksRead: 0,
    entities: [],
    claims: [],
  });
  const engineOr = <T>(use: (e: Engine) => T | Promise<T>, otherwise: () => T): Promise<T> =>
    engine
      ? Promise.resolve(use(engine))
      : loading
        ? loading.then((e) => (e ? use(e) : otherwise()))
        : Promise.resolve(otherwise());
  const status = () => engineOr((e) => e.status(), gateStatus);

  publishHost({
    signal,
    status,
    alive: () => lifecycle.checkAlive(),
    settingsChanged(stored) {
      // Once the engine is here it reads the settings itself.
      if (engine || loading) return;
      settings = gateSettings(stored, location.hostname);
      decide();
    },
    attach(arrived) {
      engine = arrived;
      gateWork.abort();
      // Marks are on the page from now on: they go soon after the extension does.
      lifecycle.watch();
    },
  });
  decide();

  const answer = (message: Partial<Message>): Promise<unknown> | undefined => {
    switch (message.type) {
      case 'page/get-status':
        return status();
      case 'page/set-enabled':
        if (typeof message.enabled !== 'boolean') return undefined;
        tabEnabled = message.enabled;
        return engineOr((e) => e.setEnabled(message.enabled!), gateStatus);
      case 'highlights/step':
        return engineOr(
          (e) => e.step(message.direction === 'previous' ? 'previous' : 'next'),
          () => ({ moved: false }),
        );
      case 'highlights/reveal':
        if (typeof message.id !== 'string') return undefined;
        return engineOr(
          (e) => e.reveal(message.id!),
          () => ({ moved: false }),
        );
      default:
        return undefined;
    }
  };
  /** The page's one message listener, from the moment the engine is asked for. */
  function listenForMessages(runtime: GateApi['runtime']): void {
    listen(
      runtime.onMessage,
      (raw, _sender, sendResponse) => {
        if (!lifecycle.checkAlive() || typeof raw !== 'object' || raw === null) return false;
        const reply = answer(raw);
        if (!reply) return false;
        reply.then(sendResponse, () => sendResponse(undefined));
        return true;
      },
      signal,
    );
  }
  return lifecycle;
}
