/**
 * The engine, injected by the background (scripting.executeScript) into a
 * page the gate found may be about the story: the dataset, its matcher
 * (compiled when the engine starts: see engineData.ts), the highlighter and the card. It reports in to the
 * gate's host and runs under the gate's lifecycle.
 */
import highlightCss from './highlights.css?inline';
import { currentHost } from './engineHost.ts';
import { engineData } from './engineData.ts';
import { startEngine } from './startEngine.ts';

const host = currentHost();
if (host && document.body) {
  const { dataset, matcher } = engineData();
  host.attach(startEngine({ signal: host.signal, dataset, matcher, highlightCss }));
}
