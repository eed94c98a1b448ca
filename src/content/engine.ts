/**
 * The engine, injected by the background (scripting.executeScript) into a
 * page the gate found may be about the story: the dataset, its matcher
 * (compiled when the engine starts: see engineData.ts), the highlighter and the card. It reports in to the
 * gate's host and runs under the gate's lifecycle.
 */
import highlightCss from './highlights.css?inline';
import { currentHost, type Engine } from './engineHost.ts';
import { engineData } from './engineData.ts';
import { startEngine } from './startEngine.ts';
import { yieldToMain } from './yieldToMain.ts';

const host = currentHost();
if (host && document.body) {
  const signal = host.signal;
  // Compiling and running this script is one task (measured on the article: 20 ms compiling,
  // 38 ms running, one 60 ms task with the matcher's compile and the engine's start in it):
  // the matcher and the start get tasks of their own.
  const started: Promise<Engine | undefined> = (async () => {
    await yieldToMain();
    if (signal.aborted || !document.body) return undefined;
    const { dataset, matcher } = engineData();
    await yieldToMain();
    if (signal.aborted || !document.body) return undefined;
    return startEngine({ signal, dataset, matcher, highlightCss });
  })();
  started.catch((error: unknown) => console.warn('Sourcemark:', error));
  const notStarted = () => Promise.reject(new Error('Sourcemark: the engine did not start.'));
  // Attached now, as the gate expects once the injection has run: it answers as soon as the
  // engine has started. Before that no mark is on the page, so there is nothing to step to.
  let engine: Engine | undefined;
  void started.then(
    (e) => (engine = e),
    () => undefined,
  );
  host.attach({
    status: () => started.then((e) => (e ? e.status() : notStarted())),
    setEnabled: (enabled) => started.then((e) => (e ? e.setEnabled(enabled) : notStarted())),
    step: (direction) => engine?.step(direction) ?? { moved: false },
    reveal: (id) => engine?.reveal(id) ?? { moved: false },
  });
}
